import { hasWritableResults } from "../../core/plan/writable";
import type { PlanOptions } from "../../core/plan/writePlan";
import type { SheetData } from "../../core/sheet/sheetData";

/** Why each write cannot run now (null when it can): never an empty write, never an empty «Listo». */
export interface WriteAbility {
  calculate: string | null;
  summary: string | null;
}

export const NOTHING_TO_CALCULATE =
  "No hay avances que calcular: las matrices detectadas no tienen logros ni valores ejecutados " +
  "(una programación o un plan sin seguimiento).";

/**
 * «Calcular» and «Crear resumen» can be pressed when some matrix has a result to place (the core's
 * cheap predicate: no plan is built here; the button's own click builds it once). A plan whose
 * every target holds the planner's data still writes nothing: its dialog says so.
 */
export function writeAbility(
  sheets: readonly SheetData[] | null,
  options: Omit<PlanOptions, "summary" | "force" | "mode">
): WriteAbility {
  if (!sheets || hasWritableResults(sheets, options)) return { calculate: null, summary: null };
  return { calculate: NOTHING_TO_CALCULATE, summary: NOTHING_TO_CALCULATE };
}
