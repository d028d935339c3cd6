import type { DetectedMatrix } from "../detect/matrix";
import { kindOf } from "../kinds/registry";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { articulationCode, nameAfterCode, type LinkKind } from "./articulationCodes";

/** An OEI or AEI as a PEI states it: its canonical code, its name and where it is written. */
export interface PlanEntry {
  kind: LinkKind;
  code: string;
  name: string;
  /** The PEI's sheet and the code's cell in it. */
  sheet: string;
  cell: string;
}

/**
 * The OEI and AEI of a PEI matrix, each once (the first row that names it): code rows of a
 * seguimiento or matrix table, and the COD_OEI / COD_AEI columns of a flat indicator table.
 */
export function peiEntries(sheet: SheetData, m: DetectedMatrix): PlanEntry[] {
  const s = m.header.columns.single;
  const text = (row: number, col: number | undefined) =>
    col === undefined ? "" : cellText(cellAt(sheet, row, col));
  const kind = kindOf(m.kind);
  const codeCol = kind.codeColumn(m);
  const inColumns = kind.yields.includes("objetivos-en-columnas");
  const out = new Map<string, PlanEntry>();
  const add = (e: PlanEntry) => {
    if (!out.has(e.code)) out.set(e.code, e);
  };
  for (const r of m.rows) {
    if ((r.role === "oei" || r.role === "aei") && r.code) {
      const kind: LinkKind = r.role === "oei" ? "OEI" : "AEI";
      const written = text(r.row, codeCol);
      // The name: Denominación, or the merged «OEI / AEI» column beside the code, or after the code.
      const beside = s.objetivoAccion !== codeCol ? s.objetivoAccion : undefined;
      const name = text(r.row, s.denominacion) || text(r.row, beside) || nameAfterCode(written);
      add({ kind, code: r.code.code, name, sheet: sheet.name, cell: a1(r.row, codeCol) });
      continue;
    }
    if (r.role !== "indicador" || !inColumns) continue;
    for (const [kind, codeAt, nameAt] of [
      ["OEI", s.codigoOei, s.oei],
      ["AEI", s.codigoAei, s.aei],
    ] as const) {
      if (codeAt === undefined) continue;
      const code = articulationCode(text(r.row, codeAt), kind);
      if (!code) continue;
      add({
        kind,
        code: code.code,
        name: text(r.row, nameAt),
        sheet: sheet.name,
        cell: a1(r.row, codeAt),
      });
    }
  }
  return [...out.values()];
}
