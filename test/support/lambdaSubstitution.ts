import {
  NUMBER_HELPER_FUNCTION,
  type WorkbookFunction,
} from "../../src/core/planFunctions/workbookFunctions";

/**
 * Proof by substitution: LibreOffice does not evaluate LAMBDA (nor LET before 24.8), so a call
 * `=AVANCE_TIPO1(A1,B1)` is checked by writing what it means: the body with the arguments put in
 * for the parameters and ISOMITTED answered. Its LET bindings are then evaluated one after the
 * other, each in cells of its own that the later ones read (letSteps): what LET does, and short
 * enough for LibreOffice, which refuses formulas of more than 8,192 tokens (inlining every LET
 * name's value would pass that).
 */

/** Replaces the identifier `name` (case-insensitive) outside string literals. */
export function replaceIdentifier(formula: string, name: string, replacement: string): string {
  const token = new RegExp(`(?<![A-Za-z0-9_.])${name}(?![A-Za-z0-9_.(])`, "gi");
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(token, () => replacement)))
    .join("");
}

const SIMPLE =
  /^(\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?|"(?:[^"]|"")*"|-?\d+(\.\d+)?|TRUE|FALSE)$/i;
const wrap = (expr: string) => (SIMPLE.test(expr) ? expr : `(${expr})`);

/** The arguments of the call whose "(" is at `open`, split at top-level commas; and its ")". */
export function callArguments(formula: string, open: number): { args: string[]; close: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      i = formula.indexOf('"', i + 1);
      while (formula[i + 1] === '"') i = formula.indexOf('"', i + 2);
      continue;
    }
    if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      depth--;
      if (depth === 0) {
        args.push(formula.slice(start, i));
        return { args, close: i };
      }
    } else if (ch === "," && depth === 1) {
      args.push(formula.slice(start, i));
      start = i + 1;
    }
  }
  throw new Error(`Paréntesis sin cerrar en ${formula.slice(open, open + 40)}…`);
}

/** A formula with one top-level LET, as its bindings in order and its calculation. */
export interface LetSteps {
  steps: [name: string, value: string][];
  result: string;
}

export function letSteps(formula: string): LetSteps {
  if (!formula.startsWith("LET(")) return { steps: [], result: formula };
  const { args, close } = callArguments(formula, 3);
  if (close !== formula.length - 1) throw new Error("LET seguido de más fórmula.");
  const steps: [string, string][] = [];
  for (let k = 0; k + 1 < args.length; k += 2) {
    steps.push([(args[k] as string).trim(), args[k + 1] as string]);
  }
  return { steps, result: args[args.length - 1] as string };
}

/**
 * The body of a call with its arguments put in: `args[i]` is the i-th argument as written in the
 * call (a reference or literal), null when omitted (ISOMITTED answers TRUE and the parameter
 * reads as ""). The LET stays; see letSteps.
 */
export function substituteParams(fn: WorkbookFunction, args: readonly (string | null)[]): string {
  let body = fn.body;
  fn.params.forEach((p, i) => {
    const arg = args[i] ?? null;
    if (arg === null && !p.optional) throw new Error(`${fn.name}: falta ${p.name}.`);
    const isOmitted = new RegExp(`ISOMITTED\\(${p.name}\\)`, "g");
    body = body.replace(isOmitted, arg === null ? "TRUE" : "FALSE");
    body = replaceIdentifier(body, p.name, arg === null ? '""' : wrap(arg));
  });
  return inlineHelper(body);
}

/**
 * Calls to the helper name (LEER_NUMERO) replaced by its body with the argument put in: the
 * helper is a LAMBDA too, which LibreOffice does not evaluate.
 */
export function inlineHelper(formula: string): string {
  const helper = NUMBER_HELPER_FUNCTION;
  const call = `${helper.name}(`;
  let out = formula;
  for (let at = out.indexOf(call); at >= 0; at = out.indexOf(call)) {
    const open = at + helper.name.length;
    const { args, close } = callArguments(out, open);
    const param = (helper.params[0] as { name: string }).name;
    const inlined = replaceIdentifier(helper.body, param, wrap((args[0] as string).trim()));
    out = `${out.slice(0, at)}(${inlined})${out.slice(close + 1)}`;
  }
  return out;
}
