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
 * «Calcular» and «Crear resumen» can be pressed when some matrix has a result to place: `writable`
 * is the core's cheap hasWritableResults, asked with the validation (no plan is built for it; the
 * button's own click builds one). A plan whose every target holds the planner's data still writes
 * nothing: its dialog says so.
 */
export function writeAbility(sheets: readonly SheetData[] | null, writable: boolean): WriteAbility {
  if (!sheets || writable) return { calculate: null, summary: null };
  return { calculate: NOTHING_TO_CALCULATE, summary: NOTHING_TO_CALCULATE };
}
