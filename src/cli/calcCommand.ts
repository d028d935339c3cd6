import { isPlanError, PlanCallError } from "../core/errors";
import type { Cell, Grid } from "../core/grid/grid";
import { PLAN_FUNCTIONS, type PlanFunctionName } from "../core/calc/planFunctions";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

interface ParamSpec {
  name: string;
  optional?: boolean;
  /** A list of cells written "1;0;1" (";" because "," is part of numbers such as 3,047.00). */
  list?: boolean;
  /** A scale: a preset name or "Malo=0;Regular=30;Bueno=50". */
  scale?: boolean;
}

const p = (name: string, extra: Omit<ParamSpec, "name"> = {}): ParamSpec => ({ name, ...extra });

export const CALC_SIGNATURES: Record<PlanFunctionName, ParamSpec[]> = {
  AVANCE_TIPO1: [
    p("valor_obtenido"),
    p("logro_esperado"),
    p("sentido", { optional: true }),
    p("tope", { optional: true }),
  ],
  AVANCE_TIPO2: [
    p("valor_obtenido"),
    p("logro_esperado"),
    p("linea_base"),
    p("sentido", { optional: true }),
    p("tope", { optional: true }),
  ],
  SENTIDO: [p("linea_base"), p("logros_esperados", { list: true })],
  ACUMULAR: [p("valores", { list: true }), p("acumulacion", { optional: true })],
  EJECUCION: [
    p("programado", { list: true }),
    p("ejecutado", { list: true }),
    p("acumulacion", { optional: true }),
    p("hasta_mes", { optional: true }),
    p("tope", { optional: true }),
  ],
  SEMAFORO: [p("avance"), p("escala", { optional: true, scale: true })],
  PROMEDIO_AVANCE: [p("avances", { list: true })],
  AVANCE_FINANCIERO: [p("devengado"), p("pim")],
  CONTAR_NIVEL: [
    p("avances", { list: true }),
    p("nivel"),
    p("escala", { optional: true, scale: true }),
  ],
};

export function calcUsage(): string {
  const lines = Object.entries(CALC_SIGNATURES).map(
    ([name, params]) =>
      `  ${name} ${params.map((q) => (q.optional ? `[${q.name}]` : `<${q.name}>`)).join(" ")}`
  );
  return [
    "Uso: semaforo calc <FUNCION> <argumentos…>",
    "",
    "Evalúa una función PLAN sobre valores escritos en la línea de órdenes.",
    'Listas de celdas con punto y coma: "1;0;1;0;0". Una celda en blanco: "".',
    'Escala propia: "Malo=0;Regular=30;Bueno=50".',
    "",
    "Funciones:",
    ...lines,
    "",
    "Ejemplos:",
    "  semaforo calc AVANCE_TIPO1 42.72 46.36            → 92.15",
    '  semaforo calc AVANCE_TIPO1 760 855 "No definido"  → 100',
    "  semaforo calc SEMAFORO 48 CEPLAN_SEMESTRAL        → Regular",
  ].join("\n");
}

function toGrid(text: string, spec: ParamSpec): Grid | null {
  if (text === "" && spec.optional) return null;
  const blank = (cell: string) => (cell.trim() === "" ? null : cell);
  if (spec.scale && text.includes("=")) {
    return text.split(";").map((pair) => {
      const [label, min] = pair.split("=");
      return [label?.trim() ?? "", min?.trim() ?? ""];
    });
  }
  if (spec.list) return [text.split(";").map(blank)];
  return [[blank(text)]];
}

function formatCell(cell: Cell): string {
  if (isPlanError(cell)) return `${cell.excelText} ${cell.message}`;
  if (cell === "") return "(sin dato)";
  return String(cell);
}

export function runCalc(args: readonly string[], io: CliIo): number {
  const [rawName, ...values] = args;
  if (!rawName || rawName === "--help" || rawName === "-h") {
    io.out(calcUsage());
    return rawName ? EXIT_OK : EXIT_USAGE;
  }
  const name = rawName.toUpperCase().replace(/^PLAN\./, "") as PlanFunctionName;
  const params = CALC_SIGNATURES[name];
  if (!params) {
    io.err(
      `Función desconocida: «${rawName}». Funciones: ${Object.keys(CALC_SIGNATURES).join(", ")}.`
    );
    return EXIT_USAGE;
  }
  const required = params.filter((q) => !q.optional).length;
  if (values.length < required || values.length > params.length) {
    io.err(
      `${name} espera ${required === params.length ? required : `de ${required} a ${params.length}`} ` +
        `argumentos y recibió ${values.length}.\n${calcUsage()}`
    );
    return EXIT_USAGE;
  }
  const grids = params.map((spec, i) =>
    i < values.length ? toGrid(values[i] as string, spec) : null
  );
  let result: Cell[][];
  try {
    result = (PLAN_FUNCTIONS[name] as (...a: (Grid | null)[]) => Cell[][])(...grids);
  } catch (error) {
    if (error instanceof PlanCallError) {
      io.err(error.message);
      return EXIT_USAGE;
    }
    throw error;
  }
  const cells = result.flat();
  cells.forEach((cell) => io.out(formatCell(cell)));
  return cells.some(isPlanError) ? EXIT_FINDINGS : EXIT_OK;
}
