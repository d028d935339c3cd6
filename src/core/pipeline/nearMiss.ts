import { requirementsOf } from "../kinds/kindColumns";
import type { MatrixKind } from "../kinds/kindIds";
import { KINDS } from "../kinds/registry";
import { columnName } from "../sheet/address";
import { cellText, type SheetData } from "../sheet/sheetData";
import { CONCEPT_LABELS } from "../detect/conceptLabels";
import { countDataNumbers, matchRow, readHeader } from "../detect/headerScan";

/**
 * A row that looks like the header of a planning matrix but that no kind recognises: which row,
 * which columns were understood, and what the closest kind still needs. Told to the planner
 * instead of a bare «no se detectó ninguna matriz».
 */
export interface NearMiss {
  /** 1-based row, as Excel numbers it. */
  row: number;
  recognised: { column: string; text: string; meaning: string }[];
  /** The kind whose requirements the header comes closest to meeting (its label, and its id). */
  kind: string;
  kindId: MatrixKind;
  missing: string[];
}

/**
 * Rows are scored by the header texts they match; a candidate needs at least three, two of them
 * anchors. A data row is never a candidate, however many header words its texts hold: a row with
 * numbers, or one right under a row of data (a header opens a table, it does not follow its rows).
 */
export function findNearMiss(sheet: SheetData): NearMiss | null {
  let best: { row: number; matched: number } | null = null;
  let previousIsData = false;
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const numbers = countDataNumbers(cells);
    const underData = previousIsData;
    if (cells.some((v) => cellText(v) !== "")) previousIsData = numbers >= 3;
    if (numbers >= 2 || underData) continue;
    const m = matchRow(sheet, r);
    if (m.matched < 3 || m.anchors.size < 2) continue;
    if (!best || m.matched > best.matched) best = { row: r, matched: m.matched };
  }
  if (!best) return null;
  const { matches } = matchRow(sheet, best.row);
  const header = readHeader(sheet, best.row);
  const recognised = matches.flatMap((m, c) =>
    m
      ? [
          {
            column: columnName(c),
            text: cellText(sheet.rows[best.row]?.[c]),
            meaning: CONCEPT_LABELS[m.concept],
          },
        ]
      : []
  );
  // The closest kind misses the fewest requirements; among equals, it meets the most. A kind that
  // misses none did not take the header for another reason: the message must name a column.
  let closest: { kind: string; kindId: MatrixKind; missing: string[]; met: number } | null = null;
  for (const kind of KINDS) {
    if (kind.byContent) continue;
    const reqs = requirementsOf(kind, header.columns);
    const missing = reqs.filter((x) => !x.present).map((x) => x.label);
    if (missing.length === 0) continue;
    const met = reqs.length - missing.length;
    const better =
      !closest ||
      missing.length < closest.missing.length ||
      (missing.length === closest.missing.length && met > closest.met);
    if (better) closest = { kind: kind.label, kindId: kind.id, missing, met };
  }
  if (!closest) return null;
  const { kind, kindId, missing } = closest;
  return { row: best.row + 1, recognised, kind, kindId, missing };
}

/** The near-miss in one Spanish sentence. */
export function describeNearMiss(n: NearMiss): string {
  const seen = n.recognised
    .slice(0, 8)
    .map((x) => `${x.text} (${x.column}: ${x.meaning})`)
    .join(", ");
  const more = n.recognised.length > 8 ? ` y ${n.recognised.length - 8} más` : "";
  const missing = n.missing.map((m) => `«${m}»`).join(" y ");
  return (
    `la fila ${n.row} parece el encabezado de una matriz (se reconocieron ${seen}${more}), ` +
    `pero le falta ${missing} para leerla como «${n.kind}». ` +
    "Revise los títulos de las columnas o defina las columnas a mano."
  );
}
