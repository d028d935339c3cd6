import { checkSheet, countSeverities, type CheckOptions } from "../core/check/checkSheets";
import { openWorkbook, WorkbookReadError } from "../xlsx/openWorkbook";
import { parseArgs, UsageError } from "./args";
import { readScaleOption } from "./scaleOption";
import { readColumnMapOption } from "./columnMapOption";
import type { CheckReport, FileReport } from "./checkReport";
import { collectFiles } from "./collectFiles";
import { OUTPUT_FLAGS, OUTPUT_USAGE, readOutputOptions, writeCheckOutput } from "./checkOutput";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

export const CHECK_USAGE = [
  "Uso: semaforo check <archivos o carpetas…> [--formato F] [-o ARCHIVO] [--escala NOMBRE] [--max-hallazgos N]",
  "",
  "Detecta las matrices POI/PEI de cada hoja (.xlsx, la exportación HTML .xls del aplicativo, .csv),",
  "las valida y calcula avances y semáforos. No modifica los archivos.",
  "",
  "  --json               Un único documento JSON en la salida estándar (= --formato json).",
  ...OUTPUT_USAGE,
  "  --escala ESCALA      CEPLAN_SEMESTRAL, CEPLAN_ANUAL, INSTITUCIONAL_80_91, INSTITUCIONAL_80_91_REDONDEO,",
  "                       niveles propios «Bajo:0,Medio:80,Alto:91» o un archivo escala.json.",
  "                       Por defecto, la escala CEPLAN del periodo de cada matriz.",
  "  --max-hallazgos N    Máximo de hallazgos por regla y matriz (200 por defecto).",
  "  --columnas MAPA.json Lee las matrices con las columnas indicadas (el «columnas» que imprime --json,",
  "                       corregido a mano): hoja, tipo, filas del encabezado y papel de cada columna.",
  "",
  "Salida: 0 sin errores, 1 con errores, 2 archivo ilegible o uso incorrecto.",
].join("\n");

/** Files above this count get a progress line on stderr. */
const PROGRESS_FROM = 5;

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CheckOptions;
  let output: ReturnType<typeof readOutputOptions>;
  let targets: string[];
  try {
    const args = parseArgs(
      argv,
      ["--escala", "--max-hallazgos", "--columnas", ...OUTPUT_FLAGS],
      ["--json", "--help", "-h"]
    );
    if (args.flags.has("--help") || args.flags.has("-h")) {
      io.out(CHECK_USAGE);
      return EXIT_OK;
    }
    const max = args.flags.get("--max-hallazgos");
    const maxFindings = max === undefined ? 200 : Number(max);
    if (!Number.isInteger(maxFindings) || maxFindings < 1) {
      throw new UsageError(
        `--max-hallazgos debe ser un número entero positivo (se recibió «${String(max)}»).`
      );
    }
    options = {
      scale: readScaleOption(args.flags.get("--escala")),
      maxFindings,
      maps: readColumnMapOption(args.flags.get("--columnas")),
    };
    output = readOutputOptions(args);
    targets = args.positional;
    if (targets.length === 0) throw new UsageError("Indique al menos un archivo o carpeta.");
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${CHECK_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }

  const files = await collectFiles(targets);
  const report: CheckReport = {
    files: [],
    totals: { errors: 0, warnings: 0, infos: 0, unreadable: 0 },
  };
  for (const [i, file] of files.entries()) {
    if (files.length >= PROGRESS_FROM) io.err(`[${i + 1}/${files.length}] ${file}`);
    report.files.push(await checkFile(file, options, io));
  }
  for (const f of report.files) {
    const t = countSeverities(f.sheets);
    report.totals.errors += t.errors;
    report.totals.warnings += t.warnings;
    report.totals.infos += t.infos;
    if (f.error) report.totals.unreadable++;
  }
  // Output formats (texto, lineas, json, csv, xlsx; -o) live in checkOutput.ts.
  if (!(await writeCheckOutput(report, output, io))) return EXIT_USAGE;
  if (report.totals.unreadable > 0) return EXIT_USAGE;
  return report.totals.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function checkFile(file: string, options: CheckOptions, io: CliIo): Promise<FileReport> {
  try {
    const wb = await openWorkbook(file);
    if (wb.notice) io.err(`Aviso: ${file}: ${wb.notice}`);
    return {
      file,
      format: wb.format,
      notice: wb.notice,
      sheets: wb.sheets.map((s) => checkSheet(s, options)),
    };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      io.err(`No se pudo leer ${error.message}`);
      return { file, error: error.message.slice(file.length + 2), sheets: [] };
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`No se pudo revisar ${file}: ${message}`);
    return { file, error: `error inesperado al revisarlo (${message}).`, sheets: [] };
  }
}
