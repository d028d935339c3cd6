import { ACUMULAR } from "./acumular";
import { AVANCE_FINANCIERO } from "./avanceFinanciero";
import { AVANCE_TIPO1 } from "./avanceTipo1";
import { AVANCE_TIPO2 } from "./avanceTipo2";
import { CONTAR_NIVEL } from "./contarNivel";
import { EJECUCION } from "./ejecucion";
import { PROMEDIO_AVANCE } from "./promedioAvance";
import { SEMAFORO } from "./semaforo";
import { SENTIDO } from "./sentido";
import type { FunctionSpec, PlanFunction, PlanRunner } from "./types";

export type { FunctionExample, FunctionParam, FunctionSpec, ParamKind, PlanRunner } from "./types";

/**
 * The PLAN functions, in the order Excel, the help page, the README and the CLI list them. Each
 * is one file of this folder; adding one is its file, a line here and its test.
 */
export const PLAN_FUNCTIONS = [
  AVANCE_TIPO1,
  AVANCE_TIPO2,
  SENTIDO,
  ACUMULAR,
  EJECUCION,
  SEMAFORO,
  PROMEDIO_AVANCE,
  AVANCE_FINANCIERO,
  CONTAR_NIVEL,
] as const;

export type PlanFunctionName = (typeof PLAN_FUNCTIONS)[number]["spec"]["name"];

/** The specs, in registry order: what the CLI's `calc`, the help page and the JSDoc read. */
export const FUNCTIONS: readonly FunctionSpec<PlanFunctionName>[] = PLAN_FUNCTIONS.map(
  (f) => f.spec
);

/** A registry function by name. */
export function planFunctionNamed(name: PlanFunctionName): PlanFunction<PlanFunctionName> {
  return PLAN_FUNCTIONS.find((f) => f.spec.name === name) as PlanFunction<PlanFunctionName>;
}

/** The spec of a function by name (case-insensitive, with or without the PLAN. prefix). */
export function functionSpec(name: string): FunctionSpec<PlanFunctionName> | undefined {
  const key = name.toUpperCase().replace(/^PLAN\./, "");
  return FUNCTIONS.find((f) => f.name === key);
}

/** "AVANCE_TIPO1(valor_obtenido; logro_esperado; [sentido]; [tope])", as planners type it. */
export function signatureOf(spec: FunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${params.join("; ")})`;
}

/** The runner of each function by name: the add-in, the CLI's `calc` and `check` call these. */
export const PLAN_RUNNERS = Object.fromEntries(
  PLAN_FUNCTIONS.map((f) => [f.spec.name, f.run])
) as Record<PlanFunctionName, PlanRunner>;
