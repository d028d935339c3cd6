import { parseCode } from "../codes/codes";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import type { RoleContext } from "./kind";

/** The code column of a PEI table: Código, or the merged OEI/AEI column, else the first column. */
export function peiCodeColumn(m: DetectedMatrix): number {
  const s = m.header.columns.single;
  return s.codigo ?? s.objetivoAccion ?? m.header.left;
}

/**
 * The role of a body row of a PEI table: an OEI, AEI or indicator row by its code; a code-less
 * row with an indicator name and numbers is another indicator of the AEI above (EMSAPUNO's PEI
 * table); a code-less row without numbers continues a name split across pages (the Lares 2025 report).
 */
export function peiRole(
  m: DetectedMatrix,
  sheet: SheetData,
  row: number,
  ctx: RoleContext,
  first: string
): MatrixRow {
  const s = m.header.columns.single;
  const raw = cellText(cellAt(sheet, row, peiCodeColumn(m)));
  const code = raw ? parseCode(raw) : null;
  if (code?.kind === "OEI") {
    ctx.lastAei = undefined;
    return { row, role: "oei", code, label: raw };
  }
  if (code?.kind === "AEI") {
    ctx.lastAei = code.code;
    return { row, role: "aei", code, label: raw };
  }
  if (code?.kind === "IND") {
    return { row, role: "indicador", code, label: raw, parentAei: ctx.lastAei };
  }
  const indicatorCol = s.indicador;
  const hasIndicator =
    indicatorCol !== undefined && cellText(cellAt(sheet, row, indicatorCol)) !== "";
  const hasNumbers = [...m.header.columns.logros, ...m.header.columns.valores].some(
    (p) => typeof cellAt(sheet, row, p.col) === "number"
  );
  if (raw === "" && hasIndicator && (hasNumbers || m.kind === "pei-matriz")) {
    return {
      row,
      role: "indicador",
      label: cellText(cellAt(sheet, row, indicatorCol as number)),
      parentAei: ctx.lastAei,
    };
  }
  if (raw === "" && !hasNumbers) return { row, role: "continuation", label: first };
  return { row, role: "section", label: raw || first };
}
