import {
  letExpr,
  NUMBER_HELPER,
  NUMBER_HELPER_PARAM,
  quoted,
  valueOrZero,
  type Builder,
} from "../native/lambdaParts";
import { shortComment } from "../native/nameComment";
import { PLAN_FUNCTIONS, type PlanFunctionName } from "./registry";
import type { FunctionSpec, PlanFunction } from "./types";

const REGISTERED: readonly PlanFunction<PlanFunctionName>[] = PLAN_FUNCTIONS;

/**
 * Workbook functions: the PLAN functions as named LAMBDAs that live in the workbook (Excel 365
 * and Excel 2024), so `=AVANCE_TIPO1(E13,D13)` works on any computer, add-in or not. Each body is
 * its function file's `lambdaBody`, built from the same fragments as the portable twins
 * (native/formulaParts.ts); what the twins decide when they are written (sentido, tope, text
 * cells) is read there when the sheet calculates. Names, parameters and the Spanish comment come
 * from the function's spec.
 */
export interface WorkbookFunctionParam {
  name: string;
  optional: boolean;
}

/** A registry function, or the helper name the bodies call (lambdaParts NUMBER_HELPER). */
export type WorkbookFunctionName = PlanFunctionName | typeof NUMBER_HELPER;

export interface WorkbookFunction {
  name: WorkbookFunctionName;
  params: WorkbookFunctionParam[];
  /** LET names of the body (the file form prefixes them with _xlpm. like parameters). */
  locals: string[];
  /** The LET names whose value has one entry per cell of a range argument (months, avances). */
  arrays: string[];
  /** The calculation: the LAMBDA's last argument. */
  body: string;
  /** `=LAMBDA(p1,[p2],body)`, as `workbook.names.add` and `range.formulas` take it. */
  formula: string;
  /** The registry's description, within Excel's 255 characters for a name comment. */
  comment: string;
}

/**
 * Registry functions with no workbook-function form, and why (README «Funciones en el libro»):
 * a function file's `notInWorkbook`. Empty today: every PLAN function is expressible with Excel
 * 2024 functions.
 */
export const NOT_IN_WORKBOOK: Partial<Record<PlanFunctionName, string>> = Object.fromEntries(
  REGISTERED.flatMap((f) => (f.notInWorkbook ? [[f.spec.name, f.notInWorkbook]] : []))
);

function define(spec: FunctionSpec<PlanFunctionName>, build: Builder): WorkbookFunction {
  const { locals, body } = build();
  const params = spec.params.map((p) => ({ name: p.name, optional: p.optional }));
  const declared = params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  const calculation = letExpr(
    locals.map(([name, value]) => [name, value]),
    body
  );
  return {
    name: spec.name,
    params,
    locals: locals.map(([name]) => name),
    arrays: locals.filter((l) => l[2] === "array").map(([name]) => name),
    body: calculation,
    formula: `=LAMBDA(${[...declared, calculation].join(",")})`,
    comment: shortComment(spec.description),
  };
}

/** Excel's longest accepted definition is under 8,192 characters; ours stay under this. */
export const DEFINITION_MAX_LENGTH = 7000;

/** The helper every body calls to read a number written as text, cell by cell. */
export const NUMBER_HELPER_FUNCTION: WorkbookFunction = {
  name: NUMBER_HELPER,
  params: [{ name: NUMBER_HELPER_PARAM, optional: false }],
  locals: [],
  arrays: [],
  body: valueOrZero(NUMBER_HELPER_PARAM, true),
  formula: `=LAMBDA(${NUMBER_HELPER_PARAM},${valueOrZero(NUMBER_HELPER_PARAM, true)})`,
  comment:
    "Semáforo: lee un número escrito como texto (1.00, 3,047.00, 5,5, S/ 120) y da 0 si la " +
    "celda está vacía. Lo usan las demás funciones de Semáforo.",
};

let cache: WorkbookFunction[] | null = null;

/** Every registry function that has a workbook form, in registry order. */
export function workbookFunctions(): WorkbookFunction[] {
  cache ??= REGISTERED.flatMap((f) => (f.lambdaBody ? [define(f.spec, f.lambdaBody)] : []));
  return cache;
}

/** A registry function's workbook form, or the helper name. */
export function workbookFunction(name: WorkbookFunctionName): WorkbookFunction | undefined {
  if (name === NUMBER_HELPER) return NUMBER_HELPER_FUNCTION;
  return workbookFunctions().find((f) => f.name === name);
}

/** Whether a definition calls the helper name (the workbook must then define it too). */
export const usesNumberHelper = (fn: WorkbookFunction) => fn.body.includes(`${NUMBER_HELPER}(`);

/**
 * A cell formula calling a workbook function: `=AVANCE_TIPO1(E13,D13)`. `args` are formula
 * expressions (references or literals); trailing nulls are left out, inner ones stay empty
 * (an empty argument counts as omitted in a LAMBDA).
 */
export function callFormula(name: PlanFunctionName, args: readonly (string | null)[]): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === null) list.pop();
  return `=${name}(${list.map((a) => a ?? "").join(",")})`;
}

/** A text literal for callFormula: `"CEPLAN_SEMESTRAL"`. */
export const textArg = (text: string) => quoted(text);
