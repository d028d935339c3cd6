import type { CellRead } from "../measure/cellRead";
import { evaluate } from "../measure/evaluate";
import { tipo1Calc } from "../measure/tipo1Calc";
import { rowReader } from "../measure/rowReader";
import type { PrevistoLogradoItem } from "../measure/item";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { matchHeader } from "../detect/vocabulary";
import type { KindDef } from "./kind";
import { fixedResult, leftColumn } from "./kindColumns";

/**
 * The Previsto column of the logrado's cut date: a report may print several («Previsto a
 * diciembre 2018», «Previsto a diciembre 2019»); the logrado is measured against the one of its
 * own year. Undefined when the headers name no year to pair by (the first Previsto is used).
 */
function previstoOfCut(sheet: SheetData, top: number, logradoCol: number): number | undefined {
  const yearAt = (c: number) => matchHeader(cellText(cellAt(sheet, top, c)))?.year;
  const year = yearAt(logradoCol);
  if (year === undefined) return undefined;
  const cells = sheet.rows[top] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const m = matchHeader(cellText(cells[c] ?? null));
    if (m?.concept === "previsto" && m.year === year) return c;
  }
  return undefined;
}

/**
 * A programme report's indicator table (PROCOES: «Indicador | Previsto a diciembre 2018 | Logrado
 * diciembre 2018 | Previsto al final del proyecto»): one row per indicator. Its avance is
 * AVANCE_TIPO1(logrado, previsto) — the logrado against what was planned for the same cut date
 * (paired by the year the headers name), not against the final previsto — capped at 100 like
 * CEPLAN's Tipo I, then semaforised.
 */
export const previstoLogrado: KindDef = {
  id: "indicadores-previsto-logrado",
  label: "Indicadores: previsto frente a logrado",
  family: "indicadores",
  yields: ["indicador-previsto"],
  summaryBy: "matriz",
  codeColumn: leftColumn,
  recognise(sheet, info) {
    const { single } = info.columns;
    if (single.previsto === undefined || single.logrado === undefined) return null;
    const names = single.indicador ?? single.denominacion ?? single.codigo;
    if (names === undefined) return null;
    const previsto = previstoOfCut(sheet, info.top, single.logrado) ?? single.previsto;
    return { ...info.columns, single: { ...single, previsto } };
  },
  columns: (c) => [
    {
      col: c.single.indicador ?? c.single.denominacion ?? c.single.codigo,
      need: "Indicador",
      present: (c.single.indicador ?? c.single.denominacion) !== undefined,
    },
    { col: c.single.previsto, need: "Previsto" },
    { col: c.single.logrado, need: "Logrado" },
  ],
  roleOf(m, sheet, row, _ctx, first) {
    const s = m.header.columns.single;
    const filled = [s.previsto, s.logrado, s.previstoFinal].some(
      (c) => c !== undefined && cellText(cellAt(sheet, row, c)) !== ""
    );
    // A footnote under the table («*Estas cifras deberán revisarse durante 2019») has no figures.
    return { row, role: filled ? "indicador" : "section", label: first };
  },
  measure(sheet, m, options) {
    const s = m.header.columns.single;
    const nameCol = s.indicador ?? s.denominacion ?? s.codigo ?? m.header.left;
    const reads: CellRead[] = [];
    const items: PrevistoLogradoItem[] = [];
    for (const r of m.rows) {
      if (r.role !== "indicador") continue;
      const { name, read } = rowReader(sheet, r.row, nameCol, reads);
      const previsto = read(s.previsto, "Previsto");
      const logrado = read(s.logrado, "Logrado");
      const item: PrevistoLogradoItem = {
        type: "indicador-previsto",
        code: name.text || `fila ${r.row + 1}`,
        row: r.row,
        role: "indicador",
        cell: a1(r.row, nameCol),
        name,
        previsto,
        logrado,
        previstoFinal: read(s.previstoFinal, "Previsto al final"),
        value: null,
        level: "",
        reported: true,
      };
      if (previsto && logrado) {
        // The logrado against the previsto of the same cut date.
        item.calc = tipo1Calc(logrado, previsto, options.tope);
        item.value = evaluate(item.calc).value;
      }
      item.level = classify(item.value, options.scale);
      items.push(item);
    }
    return { items, reads };
  },
  result: fixedResult(
    "Avance calculado (logrado / previsto, %)",
    (m) => m.header.columns.avances[0]?.col
  ),
};
