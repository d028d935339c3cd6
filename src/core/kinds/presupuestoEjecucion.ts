import type { CellRead } from "../measure/cellRead";
import { evaluate } from "../measure/evaluate";
import { rowReader } from "../measure/rowReader";
import type { BudgetItem } from "../measure/item";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, cellText } from "../sheet/sheetData";
import type { KindDef } from "./kind";
import { fixedResult, leftColumn } from "./kindColumns";
import type { ColumnMap } from "../detect/columnMap";
import type { SheetData } from "../sheet/sheetData";
import { avanceFinanciero } from "../calc/avance";

/** The monthly devengado columns (MEF's mto_devenga_01…12) a table without an annual one has. */
const monthlyDevengado = (c: ColumnMap) =>
  c.single.devengado === undefined
    ? (c.families.DEV ?? []).filter((x): x is number => x !== undefined)
    : [];

/**
 * The devengado of a line: its column, or the sum of its monthly columns (read one by one for
 * the number checks) as one read spanning them.
 */
function devengadoOf(
  sheet: SheetData,
  row: number,
  c: ColumnMap,
  read: (col: number | undefined, what: string) => CellRead | undefined
): CellRead | undefined {
  const months = monthlyDevengado(c);
  if (months.length === 0) return read(c.single.devengado, "Devengado");
  const cells = months.map((col, i) => read(col, `Devengado del mes ${i + 1}`) as CellRead);
  const filled = cells.filter((x) => x.value !== null);
  // Shown at the last month with devengado: where the sum went past the PIM.
  const at = [...filled].reverse().find((x) => x.value !== 0) ?? (cells[0] as CellRead);
  return {
    row,
    col: at.col,
    address: at.address,
    what: "Devengado (suma de los meses)",
    text: "",
    value: filled.length === 0 ? null : filled.reduce((a, x) => a + (x.value as number), 0),
    status: filled.length === 0 ? "blank" : "number",
  };
}

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
    const devengado = single.devengado !== undefined || monthlyDevengado(info.columns).length > 0;
    return single.pim !== undefined && devengado ? info.columns : null;
  },
  columns: (c) => [
    { col: c.single.partida ?? c.single.denominacion },
    { col: c.single.pim, need: "PIM" },
    { col: c.single.devengado ?? monthlyDevengado(c)[0], need: "Devengado" },
    { col: c.avances[0]?.col },
  ],
  roleOf(m, sheet, row, _ctx, first) {
    const s = m.header.columns.single;
    const hasNumber = [s.pim, s.devengado ?? monthlyDevengado(m.header.columns)[0]].some(
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
      const devengado = devengadoOf(sheet, r.row, m.header.columns, read);
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
      if (pim && devengado && s.devengado === undefined) {
        // A sum of monthly columns is no cell a formula could name: the value is reported, and
        // no formula is written for it.
        const value = avanceFinanciero(devengado.value, pim.value);
        item.value = typeof value === "number" ? value : null;
      } else if (pim && devengado) {
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
