import { parseCode } from "../codes/codes";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import type { DetectedMatrix, MatrixRow } from "./matrix";

/** Running context while reading a matrix body top to bottom. */
export interface RoleContext {
  lastAei?: string;
  lastAoKey?: string;
}

const TOTAL = /^(total|avance promedio|promedio|sub ?total)\b/;

function firstText(sheet: SheetData, row: number): string {
  for (const v of sheet.rows[row] ?? []) {
    const t = cellText(v);
    if (t !== "") return t;
  }
  return "";
}

function filledCount(sheet: SheetData, row: number): number {
  let n = 0;
  for (const v of sheet.rows[row] ?? []) if (cellText(v) !== "") n++;
  return n;
}

/** The role of one body row of a detected matrix. */
export function roleOf(
  m: DetectedMatrix,
  sheet: SheetData,
  row: number,
  ctx: RoleContext
): MatrixRow {
  const filled = filledCount(sheet, row);
  if (filled === 0) return { row, role: "blank" };
  const first = firstText(sheet, row);
  if (TOTAL.test(foldText(first))) return { row, role: "total", label: first };
  switch (m.kind) {
    case "pei-seguimiento":
    case "pei-matriz":
      return peiRole(m, sheet, row, ctx, first);
    case "poi-programacion":
      return programacionRole(m, sheet, row, first);
    case "poi-seguimiento":
      return seguimientoRole(m, sheet, row, ctx, first);
    case "poi-export":
      return { row, role: "ao", label: first };
  }
}

function peiRole(
  m: DetectedMatrix,
  sheet: SheetData,
  row: number,
  ctx: RoleContext,
  first: string
): MatrixRow {
  const s = m.header.columns.single;
  const codeCol = s.codigo ?? s.objetivoAccion ?? m.header.left;
  const raw = cellText(cellAt(sheet, row, codeCol));
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
  // A row without a code: a second indicator of the same AEI (seed 004's PEI table), or an
  // indicator name split across pages (seed 003's AEI.05.01).
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

function programacionRole(
  m: DetectedMatrix,
  sheet: SheetData,
  row: number,
  first: string
): MatrixRow {
  const s = m.header.columns.single;
  const number = s.numero !== undefined ? cellText(cellAt(sheet, row, s.numero)) : "";
  const activity = s.actividad !== undefined ? cellText(cellAt(sheet, row, s.actividad)) : "";
  if (/^\d{1,4}$/.test(number) || (activity !== "" && hasProgramming(m, sheet, row))) {
    return { row, role: "ao", label: activity || first };
  }
  return { row, role: activity ? "continuation" : "section", label: first };
}

function hasProgramming(m: DetectedMatrix, sheet: SheetData, row: number): boolean {
  const cols = [
    ...m.header.columns.months,
    ...m.header.columns.quarters,
    m.header.columns.single.meta,
  ];
  return cols.some((c) => c !== undefined && cellText(cellAt(sheet, row, c)) !== "");
}

function seguimientoRole(
  m: DetectedMatrix,
  sheet: SheetData,
  row: number,
  ctx: RoleContext,
  first: string
): MatrixRow {
  const s = m.header.columns.single;
  const line = s.tipoLinea !== undefined ? foldText(cellText(cellAt(sheet, row, s.tipoLinea))) : "";
  const activity = cellText(cellAt(sheet, row, s.actividad ?? s.actividadId ?? m.header.left));
  const code = activity ? parseCode(activity) : null;
  if (line.startsWith("prog") || line.startsWith("ejec")) {
    // The AO cell is often merged or left blank on the second line of the pair.
    const key = activity ? aoKeyOf(activity) : ctx.lastAoKey;
    ctx.lastAoKey = key;
    return {
      row,
      role: line.startsWith("prog") ? "programado" : "ejecutado",
      aoKey: key,
      label: activity || key,
      code: code ?? undefined,
    };
  }
  if (code && (code.kind === "AEI" || code.kind === "OEI"))
    return { row, role: "section", code, label: activity };
  return { row, role: activity ? "section" : "continuation", label: first };
}

/** The identity of an AO in a seguimiento report: its code before " - ", else its name. */
export function aoKeyOf(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const m = /^([A-Z0-9.]{6,20})\s*[-–]\s/.exec(t);
  return (m ? (m[1] as string) : t).toUpperCase();
}
