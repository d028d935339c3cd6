import { detectMatrices } from "../pipeline/detectMatrices";
import { readHeader } from "../detect/headerScan";
import { findNearMiss, type NearMiss } from "../pipeline/nearMiss";
import { KIND_IDS, type MatrixKind } from "../kinds/kindIds";
import { requirementsOf } from "../kinds/kindColumns";
import { KINDS, kindOf } from "../kinds/registry";
import { columnName, parseA1 } from "../sheet/address";
import { cellText, type SheetData } from "../sheet/sheetData";
import { IGNORE, roleLabel } from "../columnMap/roleChoices";
import { columnMapOf, rolesOf, type ColumnRole } from "../columnMap/roles";
import { savedMapOf, type SavedMatrixMap } from "../columnMap/savedMap";

/**
 * A column map being defined in the pane's «Definir columnas»: the header row as typed (text, so
 * a wrong value can show its error), how many rows the header spans, the kind, and each column's
 * role by letter ("" = ignored). Saved, it becomes a SavedMatrixMap, the shape `check --json`
 * prints.
 */
export interface MapDraft {
  sheet: string;
  fila: string;
  filas: 1 | 2;
  tipo: MatrixKind;
  columnas: Record<string, ColumnRole>;
  /** The header row of the saved map this draft edits: saving replaces it. */
  editing?: number;
}

/** Where a problem is shown: a field of the dialog, or one column's role. */
export interface DraftError {
  field: "fila" | "tipo" | "columnas" | { column: string };
  message: string;
}

const byLetter = (roles: ReadonlyMap<number, ColumnRole>) =>
  Object.fromEntries([...roles].sort(([a], [b]) => a - b).map(([c, r]) => [columnName(c), r]));

const roleMap = (columnas: Record<string, ColumnRole>) => {
  const roles = new Map<number, ColumnRole>();
  for (const [letter, role] of Object.entries(columnas)) {
    const col = parseA1(`${letter}1`)?.col;
    if (col !== undefined && role !== IGNORE) roles.set(col, role);
  }
  return roles;
};

/** The first kind whose requirements the roles meet, or null. */
export function guessKind(columnas: Record<string, ColumnRole>): MatrixKind | null {
  const map = columnMapOf(roleMap(columnas));
  if ("unknown" in map) return null;
  const kind = KINDS.find((k) => !k.byContent && requirementsOf(k, map).every((r) => r.present));
  return kind?.id ?? null;
}

/** Span and roles as Semáforo's vocabulary reads the header at a 1-based row. */
export function rolesAtRow(sheet: SheetData, row: number): Pick<MapDraft, "filas" | "columnas"> {
  const header = readHeader(sheet, row - 1);
  return {
    filas: header.bottom > header.top ? 2 : 1,
    columnas: byLetter(rolesOf(header.columns)),
  };
}

const fromSaved = (map: SavedMatrixMap, editing?: number): MapDraft => ({
  sheet: map.hoja,
  fila: String(map.encabezado.desde),
  filas: map.encabezado.hasta > map.encabezado.desde ? 2 : 1,
  tipo: map.tipo,
  columnas: { ...map.columnas },
  ...(editing !== undefined ? { editing } : {}),
});

/**
 * The draft «Definir columnas» opens with: the map saved for this sheet (at `row` when given),
 * else the matrix detected there, else the near-miss row read with the vocabulary, else row 1.
 */
export function startDraft(
  sheet: SheetData,
  maps: readonly SavedMatrixMap[],
  row?: number
): MapDraft {
  const mine = maps.filter((m) => m.hoja === sheet.name);
  const saved = mine.find((m) => row === undefined || m.encabezado.desde === row);
  if (saved) return fromSaved(saved, saved.encabezado.desde);
  const detected = detectMatrices(sheet, mine).find(
    (m) => row === undefined || m.header.top === row - 1
  );
  if (detected) return fromSaved(savedMapOf(detected));
  const near = row === undefined ? findNearMiss(sheet) : null;
  const at = row ?? near?.row ?? 1;
  const read = rolesAtRow(sheet, at);
  // The kind the roles already fit, else the one the near-miss came closest to.
  const tipo = guessKind(read.columnas) ?? near?.kindId ?? KIND_IDS[0];
  return { sheet: sheet.name, fila: String(at), tipo, ...read };
}

/**
 * A ready-to-edit map for a near-miss, as `check --json` prints it («borrador»): its header row
 * with the roles the vocabulary read there and the kind it came closest to. The planner gives the
 * missing columns their role and feeds it back with --columnas.
 */
export function nearMissDraft(sheet: SheetData, near: NearMiss): SavedMatrixMap {
  const read = rolesAtRow(sheet, near.row);
  return savedMapOfDraft(sheet, {
    sheet: sheet.name,
    fila: String(near.row),
    tipo: guessKind(read.columnas) ?? near.kindId,
    ...read,
  });
}

/** The header row the draft names (1-based), or null when it is not a usable number. */
export function draftRow(sheet: SheetData, draft: MapDraft): number | null {
  const n = Number(draft.fila.trim());
  return Number.isInteger(n) && n >= 1 && n <= sheet.rows.length ? n : null;
}

/** The header's columns (letter and title), up to the last titled or mapped one. */
export function headerColumns(sheet: SheetData, draft: MapDraft) {
  const row = draftRow(sheet, draft);
  if (row === null) return [];
  const lines = [sheet.rows[row - 1] ?? [], ...(draft.filas === 2 ? [sheet.rows[row] ?? []] : [])];
  const mapped = [...roleMap(draft.columnas).keys()];
  const width = Math.max(0, ...lines.map((l) => l.length), ...mapped.map((c) => c + 1));
  const columns: { letter: string; text: string }[] = [];
  for (let c = 0; c < width; c++) {
    const text = lines
      .map((l) => cellText(l[c]))
      .filter((t) => t !== "")
      .join(" · ");
    if (text !== "" || mapped.includes(c)) columns.push({ letter: columnName(c), text });
  }
  return columns;
}

/** Every problem of the draft, in Spanish, at the field it concerns; [] when it can be saved. */
export function validateDraft(sheet: SheetData, draft: MapDraft): DraftError[] {
  const row = draftRow(sheet, draft);
  const n = Number(draft.fila.trim());
  if (row === null) {
    const message =
      draft.fila.trim() !== "" && Number.isInteger(n) && n > sheet.rows.length
        ? `La hoja tiene ${sheet.rows.length} filas: la fila ${n} no tiene datos.`
        : "Escriba el número de la fila de los títulos (1, 2, 3…).";
    return [{ field: "fila", message }];
  }
  if (headerColumns(sheet, draft).every((c) => c.text === "")) {
    return [
      {
        field: "fila",
        message: `La fila ${row} está vacía: elija la fila donde están los títulos de las columnas.`,
      },
    ];
  }
  const errors: DraftError[] = [];
  const seen = new Map<ColumnRole, string>();
  for (const [letter, role] of Object.entries(draft.columnas).sort(([a], [b]) =>
    a.length !== b.length ? a.length - b.length : a.localeCompare(b)
  )) {
    if (role === IGNORE) continue;
    const first = seen.get(role);
    if (first) {
      errors.push({
        field: { column: letter },
        message: `«${roleLabel(role)}» ya es la columna ${first}: cada papel va en una sola columna.`,
      });
    } else seen.set(role, letter);
  }
  if (seen.size === 0) {
    errors.push({ field: "columnas", message: "Dé un papel al menos a una columna." });
    return errors;
  }
  const map = columnMapOf(roleMap(draft.columnas));
  if (!("unknown" in map)) {
    const kind = kindOf(draft.tipo);
    const missing = requirementsOf(kind, map).filter((r) => !r.present);
    if (missing.length > 0) {
      errors.push({
        field: "tipo",
        // The near-miss's wording (pipeline/nearMiss.ts): «le falta «X» para leerla como «…»».
        message: `Le falta ${missing.map((m) => `«${m.label}»`).join(" y ")} para leerla como «${kind.label}».`,
      });
    }
  }
  return errors;
}

/** The map a valid draft saves: the same shape as `check --json` prints. */
export function savedMapOfDraft(sheet: SheetData, draft: MapDraft): SavedMatrixMap {
  const desde = draftRow(sheet, draft) ?? 1;
  return {
    hoja: draft.sheet,
    tipo: draft.tipo,
    encabezado: { desde, hasta: desde + draft.filas - 1 },
    columnas: byLetter(roleMap(draft.columnas)),
  };
}

/** The workbook's maps with this one in place of the one it edits (and any on its header row). */
export function withMap(
  maps: readonly SavedMatrixMap[],
  map: SavedMatrixMap,
  editing?: number
): SavedMatrixMap[] {
  const rest = withoutMap(maps, map.hoja, map.encabezado.desde);
  return [...(editing === undefined ? rest : withoutMap(rest, map.hoja, editing)), map];
}

/** The workbook's maps without the one saved for this sheet at this header row. */
export function withoutMap(
  maps: readonly SavedMatrixMap[],
  sheet: string,
  desde: number
): SavedMatrixMap[] {
  return maps.filter((m) => m.hoja !== sheet || m.encabezado.desde !== desde);
}
