import { SUMMARY_SHEET, type WritePlan } from "../../core/plan/writePlan";

/** An Excel refusal as the pane shows it. */
export const describeError = (e: unknown) =>
  `Excel rechazó la operación: ${e instanceof Error ? e.message : String(e)}`;

/** What a plan writes, in a planner's words. */
export function describePlan(plan: WritePlan): string {
  const formulas = plan.cells.filter((c) => c.formula && c.sheet !== SUMMARY_SHEET).length;
  return `${formulas} fórmulas de avance y ${plan.formats.length} bloques de semáforo`;
}
