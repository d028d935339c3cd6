import { isPlanError, PlanCallError } from "../core/errors";
import type { Cell, Grid } from "../core/grid/grid";
import { FUNCTIONS, functionSpec, type FunctionParam } from "../core/planFunctions/registry";
import { PLAN_RUNNERS } from "../core/planFunctions/registry";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

export function calcUsage(): string {
  const lines = FUNCTIONS.map(
    (f) =>
      `  ${f.name} ${f.params.map((q) => (q.optional ? `[${q.name}]` : `<${q.name}>`)).join(" ")}`
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

/**
 * One command-line argument as the cells Excel would pass: a series "1;0;1" (";" because "," is
 * part of numbers such as 3,047.00), a scale "Malo=0;Regular=30;Bueno=50", or one cell.
 */
function toGrid(text: string, spec: FunctionParam): Grid | null {
  if (text === "" && spec.optional) return null;
  const blank = (cell: string) => (cell.trim() === "" ? null : cell);
  if (spec.kind === "escala" && text.includes("=")) {
    return text.split(";").map((pair) => {
      const [label, min] = pair.split("=");
      return [label?.trim() ?? "", min?.trim() ?? ""];
    });
  }
  if (spec.kind === "serie") return [text.split(";").map(blank)];
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
  const spec = functionSpec(rawName);
  if (!spec) {
    io.err(
      `Función desconocida: «${rawName}». Funciones: ${FUNCTIONS.map((f) => f.name).join(", ")}.`
    );
    return EXIT_USAGE;
  }
  const { name, params } = spec;
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
    result = PLAN_RUNNERS[name](...grids);
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
