import { LAMBDA_UNSUPPORTED_MESSAGE } from "../../core/planFunctions/libroMode";
import type { WritePlan } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import { describeFailure, type Note } from "./appState";

/**
 * Before a «libro» write: does this Excel calculate LAMBDA, and which of the plan's names does the
 * workbook already define otherwise? Other modes need neither.
 */
export async function checkWorkbookFunctions(
  port: WorkbookPort,
  plan: WritePlan
): Promise<{ conflicts: { name: string; existing: string }[] } | { note: Note }> {
  if (plan.names.length === 0) return { conflicts: [] };
  try {
    if (!(await port.supportsLambda())) {
      return {
        note: {
          intent: "warning",
          title: "Este Excel no tiene funciones del libro",
          text: `${LAMBDA_UNSUPPORTED_MESSAGE} Use las fórmulas portátiles y vuelva a calcular.`,
          action: "portatiles",
        },
      };
    }
    return { conflicts: (await port.defineNames(plan.names, [], true)).conflicts };
  } catch (e) {
    return { note: describeFailure(e, "No se pudieron revisar las funciones del libro") };
  }
}
