import type { RemovalPlan } from "./removalPlan";
import { readSettings } from "./settings";
import { SETTINGS_SHEET, type PlanSettings } from "./writePlan";

/** A removal that takes out only the results: the planner's configuración stays. */
export interface ResultsRemoval {
  plan: RemovalPlan;
  /** The settings to leave in the settings sheet instead of deleting it; null deletes it. */
  keep: PlanSettings | null;
}

/**
 * «Quitar» without «también la configuración»: the formulas, semáforos, summary and workbook
 * functions go; the column maps, scale, period, mode and tope the planner chose stay, with
 * nothing listed as Semáforo's any more. With `everything`, the settings sheet goes too.
 */
export function resultsRemoval(
  plan: RemovalPlan,
  sheets: Parameters<typeof readSettings>[0],
  everything: boolean
): ResultsRemoval {
  const settings = readSettings(sheets);
  if (everything || !settings) return { plan, keep: null };
  const keep: PlanSettings = { ...settings, celdas: [], nombres: [] };
  delete keep.resumen;
  return { plan: { ...plan, sheets: plan.sheets.filter((s) => s !== SETTINGS_SHEET) }, keep };
}

/** Whether a removal plan takes out anything besides the settings sheet. */
export const removesResults = (plan: RemovalPlan): boolean =>
  plan.cells.length > 0 ||
  plan.formats.length > 0 ||
  plan.names.length > 0 ||
  plan.sheets.some((s) => s !== SETTINGS_SHEET);
