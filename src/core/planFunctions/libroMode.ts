import { functionSpec, type PlanFunctionName } from "./registry";
import { PRESET_SCALES } from "../scales/presets";
import {
  callFormula,
  NUMBER_HELPER_FUNCTION,
  usesNumberHelper,
  workbookFunction,
  workbookFunctions,
} from "./workbookFunctions";

/**
 * The «funciones del libro» formula mode for the write plan: what a cell gets, and which named
 * LAMBDAs the workbook must define for it. The plan builder keeps choosing cells and arguments as
 * in the other modes; only the formula text and the list of names change.
 */
export interface LibroCall {
  fn: PlanFunctionName;
  /** Arguments in `range.formulas` syntax (references or literals); null = omitted. */
  args: readonly (string | null)[];
}

/** A defined name the plan adds (office.js `workbook.names.add(name, formula, comment)`). */
export interface WorkbookName {
  name: string;
  formula: string;
  comment: string;
}

const MULTI_CELL = /^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/i;
/** Where a function takes an escala (its spec says so), or -1. */
const scaleArg = (fn: PlanFunctionName) =>
  functionSpec(fn)?.params.findIndex((p) => p.kind === "escala") ?? -1;

/**
 * The cell formula in libro mode, e.g. `=AVANCE_TIPO1(E13,D13)`; null when the call has no
 * workbook form (see NOT_IN_WORKBOOK) or uses the institution's own scale (a range, or a name that
 * is not a preset): the plan then writes the portable twin for that cell and says why.
 */
export function libroFormula(call: LibroCall): string | null {
  if (!workbookFunction(call.fn)) return null;
  const at = scaleArg(call.fn);
  const scale = at < 0 ? null : (call.args[at] ?? null);
  if (scale !== null) {
    if (MULTI_CELL.test(scale)) return null;
    const literal = /^"(.*)"$/.exec(scale)?.[1];
    if (literal !== undefined) {
      const key = literal
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, "_");
      if (key !== "" && !(key in PRESET_SCALES)) return null;
    }
  }
  return callFormula(call.fn, call.args);
}

/**
 * The names the workbook needs for these calls: the helper they call (LEER_NUMERO) first, then
 * each called function once, in registry order.
 */
export function libroNames(calls: readonly LibroCall[]): WorkbookName[] {
  const used = new Set<string>(calls.filter((c) => libroFormula(c) !== null).map((c) => c.fn));
  const called = workbookFunctions().filter((f) => used.has(f.name));
  const helper = called.some(usesNumberHelper) ? [NUMBER_HELPER_FUNCTION] : [];
  return [...helper, ...called].map(({ name, formula, comment }) => ({ name, formula, comment }));
}

/**
 * How the pane can ask the host whether it evaluates LAMBDA before defining names: write this
 * formula in a scratch cell and read its value. Excel 365 and 2024 give 2; Excel 2021 and older
 * perpetual licences give #NAME? (they do not know LAMBDA).
 */
export const LAMBDA_PROBE = { formula: "=LAMBDA(x,x+1)(1)", value: 2 } as const;

export const LAMBDA_UNSUPPORTED_MESSAGE =
  "Este Excel no calcula funciones LAMBDA, que necesitan Excel 365 o Excel 2024 (Excel 2021 y " +
  "versiones anteriores no las tienen). Use el modo portátil: fórmulas nativas que funcionan en " +
  "cualquier Excel.";

/** Spanish report of a name the workbook already defines otherwise (never overwritten silently). */
export function nameConflictMessage(name: string, existing: string): string {
  const shown = existing.length > 60 ? `${existing.slice(0, 57)}…` : existing;
  return (
    `El libro ya tiene un nombre «${name}» con otra definición (${shown}). Semáforo no lo cambió: ` +
    "elija si lo reemplaza por la función de Semáforo o lo mantiene (las celdas que lo usan " +
    "seguirán con esa definición)."
  );
}
