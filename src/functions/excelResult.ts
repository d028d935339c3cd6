import { isPlanError, PlanCallError, type PlanError } from "../core/errors";
import type { Cell, Grid } from "../core/grid/grid";

/** Converts a domain error to the CustomFunctions error Excel shows (#VALUE! or #N/A). */
function toExcelError(error: PlanError | PlanCallError): CustomFunctions.Error {
  const code =
    error.code === "VALOR"
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, error.message);
}

/**
 * Runs a core PLAN function and adapts it to Excel: omitted optional arguments arrive as null,
 * per-cell domain errors become CustomFunctions.Error cells, and a malformed call is thrown.
 */
export function runPlanFunction<A extends (Grid | null)[]>(
  fn: (...args: A) => Cell[][],
  ...args: { [K in keyof A]: unknown[][] | null | undefined }
): (number | string | boolean | CustomFunctions.Error)[][] {
  try {
    const normalised = args.map((a) => a ?? null) as unknown as A;
    return fn(...normalised).map((row) =>
      row.map((cell) => (isPlanError(cell) ? toExcelError(cell) : cell))
    );
  } catch (error) {
    if (error instanceof PlanCallError) throw toExcelError(error);
    throw error;
  }
}
