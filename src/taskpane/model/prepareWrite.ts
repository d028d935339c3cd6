import { planToWrite } from "../../core/plan/keepSummary";
import { buildRemovalPlan } from "../../core/plan/removalPlan";
import type { PlanOptions } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import type { SheetData } from "../../core/sheet/sheetData";
import type { PendingWork } from "./pendingWork";
import type { Note } from "./appState";
import { checkWorkbookFunctions } from "./workbookFunctions";

/**
 * «Calcular y pintar» (summary false) or «Crear resumen» (true): the write plan, built once on
 * the click, with the workbook names it would clash with — or the note that stops it (an Excel
 * without LAMBDA for «libro» mode, a failed check).
 */
export async function prepareWrite(
  port: WorkbookPort,
  sheets: SheetData[],
  options: Omit<PlanOptions, "summary" | "force">,
  summary: boolean
): Promise<{ work: PendingWork } | { note: Note }> {
  const plan = planToWrite(sheets, { ...options, summary, force: false });
  const names = await checkWorkbookFunctions(port, plan);
  if ("note" in names) return { note: names.note };
  return { work: { kind: "write", plan, sheets, nameConflicts: names.conflicts } };
}

/** «Quitar»: what Semáforo wrote in these sheets, to be confirmed. */
export const prepareRemoval = (sheets: SheetData[]): PendingWork => ({
  kind: "remove",
  plan: buildRemovalPlan(sheets),
  sheets,
});
