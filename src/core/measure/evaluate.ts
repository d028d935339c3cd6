import { PLAN_RUNNERS } from "../planFunctions/registry";
import { isPlanError, type PlanError } from "../errors";
import type { Grid } from "../grid/grid";
import type { CellRead } from "./cellRead";
import type { Calc, CalcArg } from "./item";

/** A cell as Excel would hand it to the function: the number, the text as typed, or blank. */
function cellInput(read: CellRead): unknown {
  if (read.status === "blank") return null;
  if (read.status === "number") return read.value;
  return read.text;
}

function gridOf(arg: CalcArg): Grid | null {
  switch (arg.kind) {
    case "cells":
      return [arg.cells.map(cellInput)];
    case "literal":
      return [[arg.value]];
    case "results":
      return arg.items.map((item) => [item.value]);
    case "text":
      return [[arg.cell.text === "" ? null : arg.cell.text]];
    case "omitted":
      return null;
  }
}

/** The outcome of a calc: the number (null when sin dato or an error) and the error, if any. */
export interface Evaluated {
  value: number | null;
  error?: PlanError;
}

/**
 * Runs the PLAN function a calc names on the cells it names: the same core function, with the
 * same arguments, that the formula written into the workbook calls.
 */
export function evaluate(calc: Calc): Evaluated {
  const result = PLAN_RUNNERS[calc.fn](...calc.args.map(gridOf))[0]?.[0];
  if (isPlanError(result)) return { value: null, error: result };
  return { value: typeof result === "number" ? result : null };
}
