import { extname, resolve } from "node:path";
import { writeAtomically } from "../xlsx/atomicWrite";
import { UsageError, type ParsedArgs } from "./args";
import type { CheckReport } from "../core/report/checkReport";
import { formatCheck } from "./formatCheck";
import { formatLines } from "./formatLines";
import type { CliIo } from "./io";
import { observationsOf, type Observation } from "../core/report/observations";
import { toCsv } from "./reportCsv";
import { toJsonReport } from "./reportJson";

/** What `check` prints or writes: the grouped text, one line per finding, JSON, CSV or xlsx. */
export const CHECK_FORMATS = ["texto", "lineas", "json", "csv", "xlsx"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface OutputOptions {
  format: CheckFormat;
  /** -o: a file to write instead of the standard output (required for xlsx). */
  output?: string;
}

/** Flags of `check` that take a value, for parseArgs. */
export const OUTPUT_FLAGS = ["--formato", "-o", "--salida"] as const;

export const OUTPUT_USAGE = [
  "  --formato FORMATO    texto (predeterminado, agrupado por hoja, regla y causa), lineas (una línea",
  "                       por grupo: archivo:Hoja!Celda  gravedad  regla  mensaje), json, csv o xlsx",
  "                       (informe de observaciones para enviar a las unidades orgánicas).",
  "  -o, --salida ARCHIVO Escribe el informe en ARCHIVO (obligatorio con xlsx), nunca sobre una entrada.",
];

/** Reads --formato, --json and -o; throws a UsageError in Spanish when they do not fit. */
export function readOutputOptions(args: ParsedArgs): OutputOptions {
  const raw = args.flags.get("--formato");
  const json = args.flags.has("--json");
  if (raw !== undefined && !(CHECK_FORMATS as readonly string[]).includes(String(raw))) {
    throw new UsageError(
      `--formato debe ser ${CHECK_FORMATS.join(", ")} (se recibió «${String(raw)}»).`
    );
  }
  if (json && raw !== undefined && raw !== "json") {
    throw new UsageError(`--json y --formato ${String(raw)} se contradicen: elija uno.`);
  }
  const format = (json ? "json" : (raw ?? "texto")) as CheckFormat;
  const out = args.flags.get("-o") ?? args.flags.get("--salida");
  const output = typeof out === "string" ? out : undefined;
  if (format === "xlsx" && !output) {
    throw new UsageError("Con --formato xlsx indique el archivo: -o observaciones.xlsx.");
  }
  if (format === "xlsx" && output && extname(output).toLowerCase() !== ".xlsx") {
    throw new UsageError(`El informe xlsx debe terminar en .xlsx (se recibió «${output}»).`);
  }
  return { format, output };
}

/**
 * Prints or writes the report in the chosen format. Refuses (false) to write over one of the
 * checked files; files are written through a temporary file and a rename.
 */
export async function writeCheckOutput(
  report: CheckReport,
  options: OutputOptions,
  io: CliIo
): Promise<boolean> {
  const { output } = options;
  const color = !output && io.color === true;
  if (output && report.files.some((f) => resolve(f.file) === resolve(output))) {
    io.err(
      `No se escribe ${output}: es uno de los archivos revisados (se modificaría una entrada).`
    );
    return false;
  }
  const observations = observationsOf(report);
  try {
    await emit(report, observations, options, color, io);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`No se pudo escribir ${output}: ${reason}`);
    return false;
  }
  if (output) io.out(`Se escribió ${output}: ${describeObservations(observations)}.`);
  return true;
}

/**
 * «3 observaciones (1 error, 2 advertencias, 0 avisos)»: rows by severity, counted as the report
 * lists them (a near-miss is a warning row), so the line agrees with the file written.
 */
export function describeObservations(observations: readonly Observation[]): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const o of observations) n[o.severity]++;
  const word = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return (
    `${word(observations.length, "observación", "observaciones")} (` +
    `${word(n.error, "error", "errores")}, ${word(n.warning, "advertencia", "advertencias")}, ` +
    `${word(n.info, "aviso", "avisos")})`
  );
}

async function emit(
  report: CheckReport,
  observations: Observation[],
  { format, output }: OutputOptions,
  color: boolean,
  io: CliIo
): Promise<void> {
  if (format === "xlsx") {
    // Loaded only here: ExcelJS takes longer to load than checking a large workbook.
    const { writeObservationsXlsx } = await import("./reportXlsx");
    await writeObservationsXlsx(observations, output as string);
  } else {
    const text =
      format === "json"
        ? JSON.stringify(toJsonReport(report))
        : format === "csv"
          ? toCsv(observations)
          : format === "lineas"
            ? formatLines(observations, color)
            : formatCheck(report, color);
    if (!output) io.out(format === "csv" ? text.replace(/\r\n$/, "") : text);
    else await writeAtomically(output, Buffer.from(format === "csv" ? text : `${text}\n`, "utf8"));
  }
}
