import { cellAt, cellText } from "../sheet/sheetData";
import type { KindDef } from "./kind";
import { leftColumn } from "./kindColumns";
import { isSemesterRow, labelColumnOf, planCodeOf, planColumns } from "./planColumns";
import { isPlanAvanceHeader, planResultHeader } from "./planAvance";
import { measurePlan } from "./planMeasure";

/**
 * An implementation plan with metas per year and an X-marked cronograma (MVCS's HdR-AS plan):
 * per activity, its metas by year (2025 … 2030, «2025 y en adelante» spread over the years) and
 * an X in each year it runs (2025 split into semesters I and II). Also the plan's metas-only
 * summary (Tabla 1: META | Línea Base | CORTO / MEDIANO / LARGO PLAZO over 2025 … 2030). The
 * kind checks that metas and cronograma agree. The published plan states no logrado, so nothing
 * is computed there; a plan that also carries execution columns («Logrado 2025») gets, per
 * activity, its avance for the latest such year, named in the result column's header.
 */
export const planMetasCronograma: KindDef = {
  id: "plan-metas-cronograma",
  label: "Plan de implementación: metas por año y cronograma",
  family: "plan",
  yields: ["meta-plan"],
  summaryBy: "matriz",
  codeColumn: leftColumn,
  recognise(sheet, info) {
    const { single } = info.columns;
    if (single.actividad !== undefined || single.tarea !== undefined) return null;
    if (single.previsto !== undefined || single.pim !== undefined) return null;
    const planned = single.cronograma !== undefined || single.plazo !== undefined;
    return planned && single.meta !== undefined ? planColumns(sheet, info) : null;
  },
  columns: (c) => [
    {
      col: labelColumnOf(c, 0),
      need: "Meta o actividad",
      present: (c.single.denominacion ?? c.single.meta) !== undefined,
    },
    { col: c.logros[0]?.col, need: "Metas por año", present: c.logros.length >= 2 },
    { col: c.logros[c.logros.length - 1]?.col },
    {
      col: c.cronograma?.[0]?.col ?? c.lineaBase.valor,
      need: "Cronograma o plazo",
      present: c.single.cronograma !== undefined || c.single.plazo !== undefined,
    },
  ],
  roleOf(m, sheet, row, _ctx, first) {
    const cols = m.header.columns;
    const label = cellText(cellAt(sheet, row, labelColumnOf(cols, m.header.left))) || first;
    // The cronograma header's rows under the years («SEMESTRE», «I | II») belong to the header.
    if (isSemesterRow((sheet.rows[row] ?? []).map((v) => cellText(v ?? null))))
      return { row, role: "repeated-header" };
    const { code, group } = planCodeOf(label);
    const filled = [...cols.logros, ...(cols.cronograma ?? [])].some(
      (p) => cellText(cellAt(sheet, row, p.col)) !== ""
    );
    // Objectives, líneas de acción and actions without metas or X only group the activities.
    if (group || !filled) return { row, role: "section", label };
    return { row, role: code && code.split(".").length >= 4 ? "ao" : "indicador", label };
  },
  measure: measurePlan,
  result: {
    header: planResultHeader,
    isHeader: isPlanAvanceHeader,
    namesPeriod: true,
    column: (m) => m.header.columns.avances[0]?.col,
  },
};
