import {
  checkSheet,
  countSeverities,
  resolveScale,
  type CheckOptions,
} from "../core/check/checkSheets";
import { openWorkbook, WorkbookReadError } from "../xlsx/openWorkbook";
import { checkScaleName, parseArgs, UsageError } from "./args";
import type { CheckReport, FileReport } from "./checkReport";
import { collectFiles } from "./collectFiles";
import { formatFile, formatTotals, type CheckCounts } from "./formatCheck";
import { releaseMemory } from "./releaseMemory";
import { terminalSafe } from "./terminalText";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

export const CHECK_USAGE = [
  "Uso: semaforo check <archivos o carpetas…> [--json | --jsonl] [--escala NOMBRE] [--max-hallazgos N]",
  "",
  "Detecta las matrices POI/PEI de cada hoja (.xlsx, la exportación HTML .xls del aplicativo, .csv),",
  "las valida y calcula avances y semáforos. No modifica los archivos.",
  "",
  "  --json               Un único documento JSON en la salida estándar.",
  "  --jsonl              Una línea JSON por archivo en cuanto se revisa, y una última con los totales.",
  "  --escala NOMBRE      CEPLAN_SEMESTRAL, CEPLAN_ANUAL, INSTITUCIONAL_80_91, INSTITUCIONAL_80_91_REDONDEO.",
  "                       Por defecto, la escala CEPLAN del periodo de cada matriz.",
  "  --max-hallazgos N    Máximo de hallazgos por regla y matriz (200 por defecto).",
  "",
  "Cada archivo se informa en cuanto se revisa; un archivo ilegible no impide revisar los demás.",
  "Salida: 0 sin errores, 1 con errores, 2 archivo ilegible o uso incorrecto.",
].join("\n");

/** Files above this count get a progress line on stderr. */
const PROGRESS_FROM = 5;

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CheckOptions;
  let format: "text" | "json" | "jsonl";
  let targets: string[];
  try {
    const args = parseArgs(
      argv,
      ["--escala", "--max-hallazgos"],
      ["--json", "--jsonl", "--help", "-h"]
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
    const scale = checkScaleName(args.flags.get("--escala"), (n) => resolveScale(n, "anual"));
    options = { scale: scale, maxFindings };
    if (args.flags.has("--json") && args.flags.has("--jsonl"))
      throw new UsageError("Use --json o --jsonl, no ambos.");
    format = args.flags.has("--jsonl") ? "jsonl" : args.flags.has("--json") ? "json" : "text";
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
  const counts: CheckCounts = {
    files: 0,
    sheets: 0,
    matrices: 0,
    totals: { errors: 0, warnings: 0, infos: 0, unreadable: 0 },
  };
  // --json keeps its one-document contract; text and --jsonl print each file as soon as it is
  // checked, so what was done survives whatever happens later, and nothing accumulates.
  const kept: FileReport[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length >= PROGRESS_FROM) io.err(terminalSafe(`[${i + 1}/${files.length}] ${file}`));
    if (i > 0) releaseMemory();
    const report = await checkFile(file, options, io);
    const t = countSeverities(report.sheets);
    counts.files++;
    counts.sheets += report.sheets.length;
    counts.matrices += report.sheets.reduce((n, s) => n + s.matrices.length, 0);
    counts.totals.errors += t.errors;
    counts.totals.warnings += t.warnings;
    counts.totals.infos += t.infos;
    if (report.error) counts.totals.unreadable++;
    if (format === "json") kept.push(report);
    else if (format === "jsonl") io.out(JSON.stringify(report));
    else io.out(terminalSafe(`${formatFile(report).join("\n")}\n`));
  }
  if (format === "json") {
    const report: CheckReport = { files: kept, totals: counts.totals };
    io.out(JSON.stringify(report));
  } else if (format === "jsonl") io.out(JSON.stringify({ totals: counts.totals }));
  else io.out(terminalSafe(formatTotals(counts)));
  if (counts.totals.unreadable > 0) return EXIT_USAGE;
  return counts.totals.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function checkFile(file: string, options: CheckOptions, io: CliIo): Promise<FileReport> {
  try {
    const wb = await openWorkbook(file);
    releaseMemory(); // the reading garbage goes before the checks allocate theirs
    if (wb.notice) io.err(terminalSafe(`Aviso: ${file}: ${wb.notice}`));
    return {
      file,
      format: wb.format,
      notice: wb.notice,
      ...(wb.warnings ? { warnings: wb.warnings } : {}),
      sheets: wb.sheets.map((s) => checkSheet(s, options)),
    };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      io.err(terminalSafe(`No se pudo leer ${error.message}`));
      return { file, error: error.message.slice(file.length + 2), sheets: [] };
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(terminalSafe(`No se pudo revisar ${file}: ${message}`));
    return { file, error: `error inesperado al revisarlo (${message}).`, sheets: [] };
  }
}
