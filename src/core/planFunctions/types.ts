import type { Cell, Grid } from "../grid/grid";
import type { Builder } from "../native/lambdaParts";

/** How a parameter is written, for the help page and the CLI. */
export type ParamKind = "valor" | "serie" | "texto" | "logico" | "escala" | "mes";

export interface FunctionParam {
  name: string;
  kind: ParamKind;
  optional: boolean;
  /** Spanish help: the JSDoc @param text, shown by Excel when typing the argument. */
  help: string;
  /**
   * What a blank cell or an omitted argument means, written as a planner types it (VERDADERO is
   * `true`, "Ascendente", "suma", "CEPLAN_SEMESTRAL"). Stored only here: the runner, the LAMBDA
   * body and the native twins read it, and a test checks that `help` names it.
   */
  default?: boolean | string;
}

export interface FunctionExample {
  /** The arguments as the CLI takes them ("1;0;1" for a series, "" for a blank cell). */
  args: string[];
  /** What `semaforo calc` prints for them. */
  result: string;
  /** A Spanish note on the example, for the help page. */
  note?: string;
}

/** What a PLAN function says about itself: the source of the JSDoc, the help page and the CLI. */
export interface FunctionSpec<N extends string = string> {
  name: N;
  /** Spanish description: the JSDoc text Excel shows. */
  description: string;
  returns: string;
  params: FunctionParam[];
  examples: FunctionExample[];
}

/** A PLAN function over cell blocks (null = an omitted argument). */
export type PlanRunner = (...args: (Grid | null)[]) => Cell[][];

/**
 * One PLAN function, declared in its own file: the spec, the runner (the add-in's custom function,
 * the CLI's `calc` and `check` run it), the body of its workbook function (a named LAMBDA) and the
 * native twin written in portable mode, when it has one.
 */
export interface PlanFunction<N extends string = string> {
  spec: FunctionSpec<N>;
  run: PlanRunner;
  /** The LAMBDA's LET bindings and calculation; absent means no workbook form (say why). */
  lambdaBody?: Builder;
  /** Why the function has no workbook form (README «Funciones en el libro»). */
  notInWorkbook?: string;
  /** The portable formula builder; its arguments are the function's own (see the file). */
  nativeTwin?: (...args: never[]) => string;
}

/** Declares a PLAN function; keeps the literal name and the twin's own signature in the type. */
export const planFunction = <N extends string, F extends PlanFunction<N>>(
  fn: F & PlanFunction<N>
) => fn;

/** A required parameter. */
export const param = (name: string, kind: ParamKind, help: string): FunctionParam => ({
  name,
  kind,
  optional: false,
  help,
});

/** An optional parameter; `fallback` is its default when it has one that changes the result. */
export const optionalParam = (
  name: string,
  kind: ParamKind,
  help: string,
  fallback?: boolean | string
): FunctionParam =>
  fallback === undefined
    ? { name, kind, optional: true, help }
    : { name, kind, optional: true, help, default: fallback };
