import { extname } from "node:path";
import { SUMMARY_SHEET, type FormulaMode, type PlanOptions } from "../core/plan/writePlan";
import { plural } from "../core/text/plural";
import { describeScaleChoice } from "../core/scales/scaleChoice";
import { applyToXlsx } from "../xlsx/applyXlsx";
import { parseArgs, readInputOutput, UsageError } from "./args";
import {
  MEASURING_SWITCHES,
  MEASURING_USAGE,
  MEASURING_VALUE_FLAGS,
  readMeasuringOptions,
} from "./measuringOption";
import { readColumnMapOption } from "./columnMapOption";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

export const APPLY_USAGE = [
  "Uso: semaforo apply <entrada.xlsx> -o <salida.xlsx> [opciones]",
  "",
  "Escribe en una copia del libro las fórmulas de avance o de % de ejecución, los semáforos",
  "(formato condicional con la escala elegida) y, si se pide, una hoja «Resumen Semáforo».",
  "La entrada nunca se modifica. Las celdas con datos del planificador no se tocan: se informan.",
  "",
  "  -o, --salida ARCHIVO            Libro de salida (.xlsx), distinto de la entrada.",
  "  --formulas personalizadas|nativas|libro",
  "                                  personalizadas: =PLAN.AVANCE_TIPO1(…), requiere el complemento",
  "                                  (predeterminado); nativas: fórmulas de Excel que funcionan sin él;",
  "                                  libro: =AVANCE_TIPO1(…), funciones definidas en el propio libro",
  "                                  (Excel 365 y 2024).",
  ...MEASURING_USAGE,
  "  --resumen                       Crea la hoja «Resumen Semáforo».",
  "  --forzar                        Escribe también sobre celdas con datos (¡cuidado!).",
  "  --columnas MAPA.json            Lee las matrices con las columnas indicadas (ver check --json).",
  "  --reemplazar-nombres N1,N2      Con --formulas libro: reemplaza esos nombres si el libro ya los",
  "                                  define de otra forma (por defecto se conservan y se informa).",
].join("\n");

export async function runApply(argv: readonly string[], io: CliIo): Promise<number> {
  let input: string;
  let output: string;
  let options: PlanOptions;
  let replaceNames: string[] = [];
  try {
    const args = parseArgs(
      argv,
      [
        "-o",
        "--salida",
        "--formulas",
        ...MEASURING_VALUE_FLAGS,
        "--columnas",
        "--reemplazar-nombres",
      ],
      ["--resumen", "--forzar", "--help", "-h", ...MEASURING_SWITCHES]
    );
    if (args.flags.has("--help") || args.flags.has("-h")) {
      io.out(APPLY_USAGE);
      return EXIT_OK;
    }
    ({ input, output } = readInputOutput(args, "o .xlsm si la entrada tiene macros"));
    const mode = (args.flags.get("--formulas") ?? "personalizadas") as string;
    if (mode !== "personalizadas" && mode !== "nativas" && mode !== "libro") {
      throw new UsageError(
        `--formulas debe ser «personalizadas», «nativas» o «libro» (se recibió «${mode}»).`
      );
    }
    const measuring = await readMeasuringOptions(args);
    const replace = args.flags.get("--reemplazar-nombres");
    if (typeof replace === "string")
      replaceNames = replace.split(",").map((n) => n.trim().toUpperCase());
    options = {
      ...measuring,
      mode: mode as FormulaMode,
      summary: args.flags.has("--resumen"),
      force: args.flags.has("--forzar"),
      maps: await readColumnMapOption(args.flags.get("--columnas")),
    };
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${APPLY_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (![".xlsx", ".xlsm"].includes(extname(input).toLowerCase())) {
    io.err(
      `${input}: apply trabaja sobre libros .xlsx. Abra el archivo en Excel y guárdelo como .xlsx.`
    );
    return EXIT_USAGE;
  }
  let plan;
  try {
    plan = await applyToXlsx(input, output, options, replaceNames);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`No se pudo aplicar a ${input}: ${message}`);
    return EXIT_USAGE;
  }
  // The summary's own formulas are counted apart (its line below), in formulas and in sheets.
  const inMatrices = plan.cells.filter((c) => c.formula && c.sheet !== SUMMARY_SHEET);
  const sheets = new Set(inMatrices.map((c) => c.sheet));
  io.out(`Se escribió ${output}:`);
  io.out(
    `  ${plural(inMatrices.length, "fórmula", "fórmulas")} de avance (${options.mode}) y ${plural(plan.formats.length, "bloque", "bloques")} de semáforo en ${plural(sheets.size, "hoja", "hojas")}.`
  );
  io.out(`  Escala: ${describeScaleChoice(options.scale)}.`);
  if (plan.names.length > 0)
    io.out(`  Funciones del libro definidas: ${plan.names.map((n) => n.name).join(", ")}.`);
  if (options.summary)
    io.out(
      plan.cells.some((c) => c.sheet === "Resumen Semáforo" && c.formula)
        ? "  Hoja «Resumen Semáforo» creada."
        : "  No hubo resultados para resumir."
    );
  for (const n of plan.notes) io.out(`  Nota: ${n}`);
  if (plan.conflicts.length > 0) {
    io.out(
      `  ${plan.conflicts.length} celdas no se escribieron porque tienen datos (use --forzar para sobrescribirlas):`
    );
    for (const c of plan.conflicts.slice(0, 50))
      io.out(`    ${c.sheet}!${c.cell} («${c.existing}»): ${c.reason}`);
  }
  return EXIT_OK;
}
