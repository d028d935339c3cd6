import type { CellRead } from "../measure/cellRead";
import { evaluate } from "../measure/evaluate";
import { rowReader } from "../measure/rowReader";
import type { BudgetItem } from "../measure/item";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, cellText } from "../sheet/sheetData";
import type { KindDef } from "./kind";
import { fixedResult, leftColumn } from "./kindColumns";

/** The column naming each line: Producto/Proyecto or Específica, else the table's first column. */
const labelColumn = (s: Partial<Record<string, number>>, left: number) =>
  s.partida ?? s.denominacion ?? s.codigo ?? left;

/**
 * A budget execution table, as MEF's consulta amigable or an institution's own sheet lays it:
 * one line per project or específica with PIA, PIM, certificación, compromiso, devengado, girado
 * and the avance %. Each line's avance financiero is AVANCE_FINANCIERO(devengado, PIM) =
 * devengado / PIM × 100, written back and semaforised.
 */
export const presupuestoEjecucion: KindDef = {
  id: "presupuesto-ejecucion",
  label: "Ejecución presupuestal (PIM / devengado)",
  family: "presupuesto",
  yields: ["partida"],
  summaryBy: "matriz",
  codeColumn: leftColumn,
  recognise(_sheet, info) {
    const { single } = info.columns;
    if (single.actividad !== undefined || single.tarea !== undefined) return null;
    return single.pim !== undefined && single.devengado !== undefined ? info.columns : null;
  },
  columns: (c) => [
    { col: c.single.partida ?? c.single.denominacion },
    { col: c.single.pim, need: "PIM" },
    { col: c.single.devengado, need: "Devengado" },
    { col: c.avances[0]?.col },
  ],
  roleOf(m, sheet, row, _ctx, first) {
    const s = m.header.columns.single;
    const hasNumber = [s.pim, s.devengado].some(
      (c) => c !== undefined && cellText(cellAt(sheet, row, c)) !== ""
    );
    // A budget line reads as an item row ("ao"): it carries a result, like an AO.
    return hasNumber ? { row, role: "ao", label: first } : { row, role: "section", label: first };
  },
  measure(sheet, m, options) {
    const s = m.header.columns.single;
    const avanceCol = m.header.columns.avances[0]?.col;
    const labelCol = labelColumn(s, m.header.left);
    const reads: CellRead[] = [];
    const items: BudgetItem[] = [];
    for (const r of m.rows) {
      if (r.role !== "ao") continue;
      const { name: label, read } = rowReader(sheet, r.row, labelCol, reads);
      const pim = read(s.pim, "PIM");
      const devengado = read(s.devengado, "Devengado");
      const printed = read(avanceCol, "Avance");
      const item: BudgetItem = {
        type: "partida",
        code: label.text || `fila ${r.row + 1}`,
        row: r.row,
        role: "ao",
        cell: printed?.address ?? a1(r.row, labelCol),
        label,
        pim,
        devengado,
        printed,
        value: null,
        level: "",
        reported: true,
      };
      if (pim && devengado) {
        item.calc = {
          fn: "AVANCE_FINANCIERO",
          args: [
            { kind: "cells", cells: [devengado] },
            { kind: "cells", cells: [pim] },
          ],
        };
        item.value = evaluate(item.calc).value;
      }
      item.level = classify(item.value, options.scale);
      items.push(item);
    }
    return { items, reads };
  },
  result: fixedResult("Avance financiero calculado (%)", (m) => m.header.columns.avances[0]?.col),
};
