import { parseCode, type PlanCode } from "../codes/codes";
import { cellAt, cellText } from "../sheet/sheetData";
import type { KindDef } from "./kind";
import { peiCodeColumn } from "./peiRows";
import { measurePeiIndicadores } from "./peiIndicadoresMeasure";

/**
 * An indicator code as institutions write it in a flat table: «Ind. AEI01.01.1», «IND AEI.01.01.2»
 * (the AEI and the indicator's number), or a CEPLAN code (IND.01.AEI.01.01).
 */
export function parseIndicatorCode(text: string): PlanCode | null {
  const code = parseCode(text);
  if (code?.kind === "IND") return code;
  const m =
    /^IND\s*\.?\s*(AEI|OEI)\s*\.?\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?\s*\.\s*(\d{1,2})$/i.exec(
      text.trim()
    );
  if (!m) return null;
  const two = (s: string) => s.padStart(2, "0");
  const parent =
    m[1]?.toUpperCase() === "AEI"
      ? m[3]
        ? `AEI.${two(m[2] as string)}.${two(m[3])}`
        : null
      : `OEI.${two(m[2] as string)}`;
  if (!parent) return null;
  return { kind: "IND", code: `IND.${two(m[4] as string)}.${parent}`, parent };
}

/**
 * A PEI indicator table laid flat, one row per indicator (a national agency's OEI and AEI
 * indicator sheets): COD_OEI / COD_AEI / COD_IND repeat their objective on every indicator row,
 * «LINEA BASE 2024» and bare years 2025 … 2030 hold the series, and a Prioridad column ranks the
 * AEI within their OEI.
 */
export const peiIndicadores: KindDef = {
  id: "pei-indicadores",
  label: "Indicadores PEI (tabla plana)",
  family: "pei",
  yields: ["indicador", "aei", "objetivos-en-columnas"],
  summaryBy: "matriz",
  codeColumn: peiCodeColumn,
  recognise(_sheet, info) {
    const { single, logros, valores } = info.columns;
    if (single.actividad !== undefined || single.tarea !== undefined) return null;
    if (single.indicador === undefined || valores.length > 0) return null;
    const code = single.codigoIndicador ?? single.codigoAei ?? single.codigoOei;
    if (code !== undefined)
      return logros.length > 0 || info.columns.lineaBase.valor !== undefined ? info.columns : null;
    // Without COD_* columns: indicators with a línea base and logros by year, and no Código
    // column (a table with one is the classic PEI matrix).
    const classic = single.codigo !== undefined || single.objetivoAccion !== undefined;
    const series = info.columns.lineaBase.valor !== undefined && logros.length >= 2;
    return !classic && series ? info.columns : null;
  },
  columns: (c) => [
    { col: c.single.codigoIndicador ?? c.single.codigoAei ?? c.single.codigoOei },
    { col: c.single.indicador, need: "Indicador" },
    { col: c.lineaBase.valor, need: "Línea base" },
    { col: c.logros[0]?.col, need: "Logros esperados por año", present: c.logros.length >= 2 },
  ],
  roleOf(m, sheet, row, _ctx, first) {
    const s = m.header.columns.single;
    const text = (col: number | undefined) =>
      col === undefined ? "" : cellText(cellAt(sheet, row, col));
    const name = text(s.indicador);
    const ind = text(s.codigoIndicador);
    if (!name && !ind) return { row, role: first ? "section" : "continuation", label: first };
    const aei = parseCode(text(s.codigoAei));
    const oei = parseCode(text(s.codigoOei));
    const parent = aei?.kind === "AEI" ? aei.code : oei?.kind === "OEI" ? oei.code : undefined;
    const code = ind ? (parseIndicatorCode(ind) ?? undefined) : undefined;
    return { row, role: "indicador", code, label: ind || name, parentAei: parent };
  },
  measure: measurePeiIndicadores,
};
