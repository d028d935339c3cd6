import { monthCount } from "../detect/columnMap";
import { cellAt, cellText } from "../sheet/sheetData";
import { measureFicha } from "./fichaMeasure";
import type { KindDef } from "./kind";
import { leftColumn } from "./kindColumns";
import { findLineColumn } from "./poiSeguimiento";
import { hasProgramming } from "./poiProgramacion";

/**
 * A national agency's POI published as one flat table: one row per tarea under its actividad
 * operativa (the AO's code, id and name repeat on every task row), with cost-centre, programme,
 * budget and source columns beside the months ENE … DIC and a TOTAL. Each task row is checked on
 * its own (its months against its TOTAL); a repeated AO is the layout, not a finding.
 */
export const poiTareas: KindDef = {
  id: "poi-tareas",
  label: "POI por tareas (tabla plana)",
  family: "poi",
  yields: ["actividad", "tabla-tareas"],
  summaryBy: "unidad",
  codeColumn: leftColumn,
  recognise(sheet, info) {
    const { single } = info.columns;
    if (single.tarea === undefined && single.codigoTarea === undefined) return null;
    if (single.tipoLinea !== undefined || findLineColumn(sheet, info) !== undefined) return null;
    const months =
      monthCount(info.columns) >= 3 || info.columns.quarters.some((q) => q !== undefined);
    return months ? info.columns : null;
  },
  columns: (c) => [
    {
      col: c.single.tarea ?? c.single.codigoTarea,
      need: "Tarea",
      present: c.single.tarea !== undefined || c.single.codigoTarea !== undefined,
    },
    { col: c.single.actividad ?? c.single.actividadId },
    { col: c.single.cantidadAnual ?? c.single.meta },
    {
      col: c.months[0],
      need: "Meses o trimestres",
      present: monthCount(c) >= 3 || c.quarters.some((q) => q !== undefined),
    },
    { col: c.months[11] },
  ],
  roleOf(m, sheet, row, ctx, first) {
    const s = m.header.columns.single;
    const text = (col: number | undefined) =>
      col === undefined ? "" : cellText(cellAt(sheet, row, col));
    const task = text(s.tarea) || text(s.codigoTarea);
    const ao = text(s.actividadId) || text(s.actividad);
    if (ao) ctx.lastAoKey = ao.toUpperCase();
    if (task || (ao && hasProgramming(m, sheet, row))) {
      return { row, role: "ao", label: task || ao, aoKey: ctx.lastAoKey, section: ctx.lastAoKey };
    }
    return { row, role: ao ? "continuation" : "section", label: first };
  },
  measure: measureFicha,
};
