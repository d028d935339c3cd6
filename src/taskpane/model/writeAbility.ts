import { buildWritePlan } from "../../core/plan/buildPlan";
import { SUMMARY_SHEET, type PlanOptions } from "../../core/plan/writePlan";
import type { SheetData } from "../../core/sheet/sheetData";
import { writeTargets } from "./writeTargets";

/** Why each write cannot run now (null when it can): never an empty write, never an empty «Listo». */
export interface WriteAbility {
  calculate: string | null;
  summary: string | null;
}

export const NOTHING_TO_CALCULATE =
  "No hay avances que calcular: las matrices detectadas no tienen logros ni valores ejecutados " +
  "(una programación o un plan sin seguimiento).";
const NO_SUMMARY = "No hay resultados para un resumen.";

/**
 * Plans the write once, with the summary, as «Calcular» and «Crear resumen» would: a plan that
 * writes no formula cannot be calculated, one without a summary sheet has nothing to summarise.
 */
export function writeAbility(
  sheets: readonly SheetData[] | null,
  options: Omit<PlanOptions, "summary" | "force">
): WriteAbility {
  if (!sheets) return { calculate: null, summary: null };
  const plan = buildWritePlan(sheets, { ...options, summary: true, force: false });
  const calculate = writeTargets(plan).some((t) => t.formulas > 0) ? null : NOTHING_TO_CALCULATE;
  const summary = plan.sheets.some((s) => s.name === SUMMARY_SHEET)
    ? null
    : (calculate ?? NO_SUMMARY);
  return { calculate, summary };
}
