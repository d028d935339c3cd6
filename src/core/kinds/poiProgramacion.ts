import { monthCount } from "../detect/columnMap";
import type { DetectedMatrix } from "../detect/matrix";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { measureFicha } from "./fichaMeasure";
import type { KindDef } from "./kind";
import { leftColumn } from "./kindColumns";
import { findLineColumn } from "./poiSeguimiento";

/**
 * An institution's own POI programming matrix, one per ficha de proceso (EMSAPUNO's POI 2024): Número,
 * Actividad Operativa, Unidad, Responsable, dates, Meta, months with quarter subtotals, Cantidad
 * anual. Checked for sums and plazos; it has no execution, so no avance is written.
 */
export const poiProgramacion: KindDef = {
  id: "poi-programacion",
  label: "Programación POI por ficha",
  family: "poi",
  yields: ["actividad", "ficha-alineacion"],
  summaryBy: "unidad",
  codeColumn: leftColumn,
  recognise(sheet, info) {
    const { single } = info.columns;
    if (single.actividad === undefined && single.actividadId === undefined) return null;
    if (single.tipoLinea !== undefined || findLineColumn(sheet, info) !== undefined) return null;
    const programmed =
      monthCount(info.columns) >= 3 ||
      single.meta !== undefined ||
      single.cantidadAnual !== undefined;
    return programmed ? info.columns : null;
  },
  columns: (c) => [
    { col: c.single.numero },
    {
      col: c.single.actividad,
      need: "Actividad operativa",
      present: c.single.actividad !== undefined || c.single.actividadId !== undefined,
    },
    { col: c.single.unidadMedida },
    { col: c.single.meta ?? c.single.cantidadAnual },
    {
      col: c.months[0],
      need: "Meses, meta o cantidad anual",
      present:
        monthCount(c) >= 3 || c.single.meta !== undefined || c.single.cantidadAnual !== undefined,
    },
    { col: c.months[11] },
  ],
  roleOf(m, sheet, row, ctx, first) {
    const s = m.header.columns.single;
    const number = s.numero !== undefined ? cellText(cellAt(sheet, row, s.numero)) : "";
    const activity = s.actividad !== undefined ? cellText(cellAt(sheet, row, s.actividad)) : "";
    if (/^\d{1,4}$/.test(number) || (activity !== "" && hasProgramming(m, sheet, row))) {
      return { row, role: "ao", label: activity || first, section: ctx.lastSection };
    }
    if (activity) return { row, role: "continuation", label: first };
    // Numbering restarts under each section row («II. Actividades de …») of one ficha.
    ctx.lastSection = first;
    return { row, role: "section", label: first };
  },
  measure: measureFicha,
};

export function hasProgramming(m: DetectedMatrix, sheet: SheetData, row: number): boolean {
  const cols = [
    ...m.header.columns.months,
    ...m.header.columns.quarters,
    m.header.columns.single.meta,
  ];
  return cols.some((c) => c !== undefined && cellText(cellAt(sheet, row, c)) !== "");
}
