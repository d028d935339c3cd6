import { basename, extname, resolve } from "node:path";
import type { CheckOptions } from "../core/check/checkSheets";
import { describeTotals } from "../core/compare/describeComparison";
import { compareCuts, type CutComparison } from "../core/compare/compareCuts";
import { cutItems, type CutItem } from "../core/compare/cutItems";
import { openWorkbook, WorkbookReadError } from "../xlsx/openWorkbook";
import { writeAtomically } from "../xlsx/atomicWrite";
import { parseArgs, UsageError } from "./args";
import { readColumnMapOption } from "./columnMapOption";
import { formatCompare } from "./formatCompare";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";
import {
  MEASURING_SWITCHES,
  MEASURING_USAGE,
  MEASURING_VALUE_FLAGS,
  readMeasuringOptions,
} from "./measuringOption";
import { terminalSafe } from "./terminalText";

export const COMPARE_USAGE = [
  "Uso: semaforo comparar <anterior> <actual> [--json | --formato texto|json|xlsx] [-o ARCHIVO] [--escala ESCALA]",
  "",
  "Compara dos cortes del mismo POI o PEI (por ejemplo, la exportación de febrero y la de mayo):",
  "empareja por código (AO, AEI, indicador, línea de presupuesto) y lista lo que empeoró, mejoró",
  "o quedó igual, lo nuevo, lo retirado y lo reprogramado. Cada corte se mide como lo mide `check`,",
  "con la misma escala, hasta su propio último mes informado. No modifica los archivos.",
  "",
  "  --json               Un documento JSON {nuevos, retirados, cambios, sinCambios}.",
  "  --formato xlsx -o A  Una hoja para reenviar, con flechas en los colores del semáforo.",
  ...MEASURING_USAGE,
  "  --columnas MAPA.json Lee las matrices con las columnas indicadas (como en check).",
  "",
  "Salida: 0 correcto, 2 archivo ilegible o uso incorrecto.",
].join("\n");

const FORMATS = ["texto", "json", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

interface CompareRun {
  before: string;
  after: string;
  format: Format;
  output?: string;
  options: CheckOptions;
}

async function readRun(argv: readonly string[]): Promise<CompareRun | "help"> {
  const args = parseArgs(
    argv,
    [...MEASURING_VALUE_FLAGS, "--columnas", "--formato", "-o", "--salida"],
    ["--json", "--help", "-h", ...MEASURING_SWITCHES]
  );
  if (args.flags.has("--help") || args.flags.has("-h")) return "help";
  const [before, after, ...extra] = args.positional;
  if (!before || !after || extra.length > 0)
    throw new UsageError("Indique dos archivos: el corte anterior y el actual.");
  const raw = args.flags.get("--formato");
  if (raw !== undefined && !(FORMATS as readonly string[]).includes(String(raw)))
    throw new UsageError(`--formato debe ser ${FORMATS.join(", ")} (se recibió «${String(raw)}»).`);
  if (args.flags.has("--json") && raw !== undefined && raw !== "json")
    throw new UsageError(`--json y --formato ${String(raw)} se contradicen: elija uno.`);
  const format = (args.flags.has("--json") ? "json" : (raw ?? "texto")) as Format;
  const out = args.flags.get("-o") ?? args.flags.get("--salida");
  const output = typeof out === "string" ? out : undefined;
  if (format === "xlsx" && (!output || extname(output).toLowerCase() !== ".xlsx"))
    throw new UsageError("Con --formato xlsx indique el archivo .xlsx: -o comparacion.xlsx.");
  if (output && [before, after].some((f) => resolve(f) === resolve(output)))
    throw new UsageError(
      `No se escribe ${output}: es uno de los cortes (se modificaría una entrada).`
    );
  const options: CheckOptions = {
    ...(await readMeasuringOptions(args)),
    maxFindings: 1,
    maps: await readColumnMapOption(args.flags.get("--columnas")),
  };
  return { before, after, format, output, options };
}

export async function runCompare(argv: readonly string[], io: CliIo): Promise<number> {
  let run: CompareRun;
  try {
    const read = await readRun(argv);
    if (read === "help") {
      io.out(COMPARE_USAGE);
      return EXIT_OK;
    }
    run = read;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${COMPARE_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  let cmp: CutComparison;
  try {
    const cuts: CutItem[][] = [];
    for (const file of [run.before, run.after]) {
      const items = cutItems((await openWorkbook(file)).sheets, run.options);
      if (items.length === 0) {
        io.err(
          terminalSafe(`${file}: no se encontró ninguna matriz con resultados para comparar.`)
        );
        return EXIT_USAGE;
      }
      cuts.push(items);
    }
    cmp = compareCuts(cuts[0]!, cuts[1]!);
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      io.err(terminalSafe(`No se pudo leer ${error.message}`));
      return EXIT_USAGE;
    }
    throw error;
  }
  const [a, b] = [basename(run.before), basename(run.after)];
  try {
    if (run.format === "xlsx") {
      const { writeComparisonXlsx } = await import("./compareXlsx");
      await writeComparisonXlsx(cmp, a, b, run.output as string);
      io.out(`Se escribió ${run.output}: ${describeTotals(cmp)}`);
      return EXIT_OK;
    }
    const text = run.format === "json" ? JSON.stringify(cmp) : formatCompare(cmp, a, b);
    if (run.output) await writeAtomically(run.output, Buffer.from(`${text}\n`, "utf8"));
    else io.out(run.format === "json" ? text : terminalSafe(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`No se pudo escribir ${run.output}: ${reason}`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}
