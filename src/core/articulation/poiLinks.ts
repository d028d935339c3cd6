import type { DetectedMatrix } from "../detect/matrix";
import { kindOf } from "../kinds/registry";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { articulationCode, nameAfterCode, type LinkKind } from "./articulationCodes";

/** An AO's link to an OEI or AEI, as the POI writes it. */
export interface PoiLink {
  kind: LinkKind;
  /** The canonical code (AEI.01.01), whatever the spelling in the cell. */
  code: string;
  /** The AO it belongs to (its id or name), for messages; "" for an AEI section row. */
  ao: string;
  /** The code's cell in the POI's sheet. */
  cell: string;
  /** The OEI/AEI name the POI writes, and its cell, when it writes one. */
  name: string;
  nameCell?: string;
}

/**
 * The OEI/AEI links of a POI matrix: per AO row, its OEI and AEI columns (a code column and a
 * name column, or one column with «AEI.01.01 Nombre»); without AEI columns, the AEI section row
 * the AO sits under (the Aplicativo's seguimiento report), once per section; for a ficha, the
 * OEI | AEI table above its activities.
 */
export function poiLinks(sheet: SheetData, m: DetectedMatrix): PoiLink[] {
  const s = m.header.columns.single;
  const text = (row: number, col: number | undefined) =>
    col === undefined ? "" : cellText(cellAt(sheet, row, col));
  const columns = [
    {
      kind: "OEI" as const,
      code: s.codigoOei ?? s.oei,
      name: s.codigoOei !== undefined ? s.oei : undefined,
    },
    {
      kind: "AEI" as const,
      code: s.codigoAei ?? s.aei,
      name: s.codigoAei !== undefined ? s.aei : undefined,
    },
  ].filter((c) => c.code !== undefined);
  const aoCol = s.actividadId ?? s.actividad ?? s.tarea ?? m.header.left;
  const out: PoiLink[] = fichaLinks(sheet, m);
  const seenAo = new Set<string>();
  for (const r of m.rows) {
    const section = r.code?.kind === "AEI" || r.code?.kind === "OEI" ? r.code : undefined;
    // A seguimiento report's AEI row is a section, even when the report (or its OCR) gave it a
    // PROGRAMADO / EJECUTADO line of its own.
    if (section && columns.length === 0) {
      const col = kindOf(m.kind).codeColumn(m);
      const written = text(r.row, col);
      const kind = section.kind as LinkKind;
      const cell = a1(r.row, col);
      out.push({
        kind,
        code: section.code,
        ao: "",
        cell,
        name: nameAfterCode(written),
        nameCell: cell,
      });
      continue;
    }
    const isAo = r.role === "ao" || r.role === "programado" || r.role === "ejecutado";
    if (!isAo || columns.length === 0) continue;
    const ao = r.aoKey ?? (text(r.row, aoCol) || `fila ${r.row + 1}`);
    if (r.role !== "ao" && seenAo.has(ao)) continue;
    seenAo.add(ao);
    for (const c of columns) {
      const written = text(r.row, c.code);
      const code = articulationCode(written, c.kind);
      if (!code) continue;
      const name = c.name !== undefined ? text(r.row, c.name) : nameAfterCode(written);
      const nameCell = a1(r.row, c.name ?? (c.code as number));
      out.push({
        kind: c.kind,
        code: code.code,
        ao,
        cell: a1(r.row, c.code as number),
        name,
        nameCell,
      });
    }
  }
  return out;
}

/** The OEI and AEI of a ficha's alignment table («AEI.04.04 : Fortalecer la imagen…»). */
function fichaLinks(sheet: SheetData, m: DetectedMatrix): PoiLink[] {
  const out: PoiLink[] = [];
  for (const a of m.ficha?.alignment ?? []) {
    for (const [kind, written] of [
      ["OEI", a.oei],
      ["AEI", a.aei],
    ] as const) {
      const code = written ? articulationCode(written, kind) : null;
      if (!code || !written) continue;
      const col = (sheet.rows[a.row] ?? []).findIndex((v) => cellText(v) === written);
      const cell = a1(a.row, Math.max(0, col));
      out.push({
        kind,
        code: code.code,
        ao: "",
        cell,
        name: nameAfterCode(written),
        nameCell: cell,
      });
    }
  }
  return out;
}
