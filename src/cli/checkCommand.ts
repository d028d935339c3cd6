import { resolve } from "node:path";
import { countSeverities, type CheckOptions } from "../core/check/checkSheets";
import type { Articulation } from "../core/articulation/articulation";
import { checkWorkbook } from "../core/check/checkWorkbook";
import { readPeiOption } from "./peiOption";
import { openWorkbook, WorkbookReadError } from "../xlsx/openWorkbook";
import { parseArgs, UsageError } from "./args";
import {
  MEASURING_SWITCHES,
  MEASURING_USAGE,
  MEASURING_VALUE_FLAGS,
  readMeasuringOptions,
} from "./measuringOption";
import { readColumnMapOption } from "./columnMapOption";
import type { CheckReport, FileReport } from "../core/report/checkReport";
import { collectFiles } from "./collectFiles";
import { missingMapSheets } from "../core/columnMap/missingSheets";
import { roleHelpLines } from "../core/columnMap/roleList";
import {
  OUTPUT_FLAGS,
  OUTPUT_USAGE,
  readOutputOptions,
  writeCheckOutput,
  type OutputOptions,
} from "./checkOutput";
import { paint } from "./ansi";
import { formatFile, formatTotals, type CheckCounts } from "./formatCheck";
import { formatLines } from "./formatLines";
import { observationsOf } from "../core/report/observations";
import { releaseMemory } from "./releaseMemory";
import { CHECK_JSON_SCHEMA_VERSION, toJsonFile } from "./reportJson";
import { terminalSafe, terminalSafeReport } from "./terminalText";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

export const CHECK_USAGE = [
  "Uso: semaforo check <archivos o carpetas…> [--formato F] [-o ARCHIVO] [--jsonl] [--escala ESCALA] [--periodo P] [--sin-tope|--con-tope] [--max-hallazgos N]",
  "",
  "Detecta las matrices POI/PEI de cada hoja (.xlsx, la exportación HTML .xls del aplicativo, .csv),",
  "las valida y calcula avances y semáforos. No modifica los archivos.",
  "",
  "  --json               Un único documento JSON en la salida estándar (= --formato json).",
  "  --jsonl              Una línea JSON por archivo en cuanto se revisa, y una última con los totales.",
  ...OUTPUT_USAGE,
  ...MEASURING_USAGE,
  "  --max-hallazgos N    Máximo de hallazgos por regla y matriz que el complemento lista uno por uno",
  "                       (200 por defecto); los grupos del informe cuentan y ubican todos.",
  "  --pei PEI.xlsx       Revisa la articulación de cada POI con este PEI (regla V15); el PEI se",
  "                       informa al final, con sus OEI/AEI sin AO en ninguno de los POI.",
  "  --columnas MAPA.json Lee las matrices con las columnas indicadas: el «columnas» que imprime --json",
  "                       para una matriz (o el «borrador» de una hoja no reconocida), corregido a mano,",
  "                       solo o en una lista: hoja, tipo, encabezado {desde, hasta} y el papel de cada",
  "                       columna por su letra; opcionales filas {desde, hasta} (dónde termina la",
  "                       matriz) y subtotales {filas: [...]} o {columna, texto: [...]} (líneas que",
  "                       suman a las de abajo: no se cuentan dos veces en el resumen).",
  "",
  "Papeles de columna en --columnas:",
  ...roleHelpLines(),
  "",
  "En texto, por líneas y con --jsonl, cada archivo se informa en cuanto se revisa; un archivo",
  "ilegible no impide revisar los demás.",
  "Salida: 0 sin errores, 1 con errores, 2 archivo ilegible o uso incorrecto.",
].join("\n");

/** Files above this count get a progress line on stderr. */
const PROGRESS_FROM = 5;

/** How the report leaves: file by file as it is checked, or once at the end (JSON, CSV, xlsx, -o). */
type Delivery = "jsonl" | "texto" | "lineas" | "whole";

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CheckOptions;
  let output: OutputOptions;
  let delivery: Delivery;
  let targets: string[];
  let pei: string | undefined;
  try {
    const args = parseArgs(
      argv,
      [...MEASURING_VALUE_FLAGS, "--max-hallazgos", "--columnas", "--pei", ...OUTPUT_FLAGS],
      ["--json", "--jsonl", "--help", "-h", ...MEASURING_SWITCHES]
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
      ...(await readMeasuringOptions(args)),
      maxFindings,
      maps: await readColumnMapOption(args.flags.get("--columnas")),
    };
    output = readOutputOptions(args);
    const jsonl = args.flags.has("--jsonl");
    if (jsonl && (output.format !== "texto" || output.output)) {
      throw new UsageError(
        "--jsonl escribe en la salida estándar: no se combina con --json, --formato ni -o."
      );
    }
    const streamed = !output.output && (output.format === "texto" || output.format === "lineas");
    delivery = jsonl ? "jsonl" : streamed ? (output.format as "texto" | "lineas") : "whole";
    targets = args.positional;
    const peiFlag = args.flags.get("--pei");
    pei = typeof peiFlag === "string" ? peiFlag : undefined;
    if (targets.length === 0) throw new UsageError("Indique al menos un archivo o carpeta.");
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${CHECK_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }

  // The PEI of --pei is reported once, at the end, even when a folder given also holds it.
  const files = (await collectFiles(targets)).filter((f) => !pei || resolve(f) !== resolve(pei));
  // With --pei the POI are checked against it, and the PEI comes last with what no POI names.
  const articulation = pei ? await readPeiOption(pei, options, io) : undefined;
  if (articulation === null) return EXIT_USAGE;
  const counts: CheckCounts = {
    files: 0,
    sheets: 0,
    matrices: 0,
    totals: { errors: 0, warnings: 0, infos: 0, unreadable: 0 },
  };
  // Streamed deliveries print each file as soon as it is checked, so what was done survives
  // whatever happens later and nothing accumulates; the whole-report formats keep the files.
  const kept: FileReport[] = [];
  const forReader =
    delivery !== "jsonl" && (output.format === "texto" || output.format === "lineas");
  const run: FileRun = {
    options,
    delivery,
    forReader,
    counts,
    io,
    sheetNames: new Set(),
    articulation,
  };
  for (const [i, file] of files.entries()) {
    if (files.length >= PROGRESS_FROM) io.err(terminalSafe(`[${i + 1}/${files.length}] ${file}`));
    if (i > 0) releaseMemory();
    // Each file is checked and printed in its own call: a suspended async function keeps its
    // locals alive until they are overwritten, which would hold one file's report (tens of MB
    // for a large workbook) while the next one is read.
    const whole = await reportFile(file, run);
    if (whole) kept.push(whole);
  }
  if (pei && articulation) {
    const whole = await reportFile(pei, { ...run, articulation: { poiCodes: run.poiCodes } });
    if (whole) kept.push(whole);
  }
  for (const note of missingMapSheets(options.maps, run.sheetNames)) io.err(`Aviso: ${note}`);
  if (delivery === "jsonl") io.out(JSON.stringify({ totals: counts.totals }));
  else if (delivery === "texto") io.out(formatTotals(counts));
  else if (delivery === "whole") {
    const report: CheckReport = { files: kept, totals: counts.totals };
    if (!(await writeCheckOutput(report, output, io))) return EXIT_USAGE;
  }
  if (counts.totals.unreadable > 0) return EXIT_USAGE;
  return counts.totals.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

interface FileRun {
  options: CheckOptions;
  delivery: Delivery;
  forReader: boolean;
  counts: CheckCounts;
  io: CliIo;
  /** Every sheet name seen in the batch (a column map naming none of them is reported). */
  sheetNames: Set<string>;
  /** From --pei: the PEI each POI is checked against (or, for the PEI, the codes the POI name). */
  articulation?: Articulation;
  /** The OEI/AEI codes named by the POI checked so far (for the PEI of --pei). */
  poiCodes?: Set<string>;
}

/** Checks one file and prints it when the report streams; returns it when it is kept for the end. */
async function reportFile(file: string, run: FileRun): Promise<FileReport | undefined> {
  const { delivery, counts, io } = run;
  const checked = await checkFile(file, run, io);
  for (const s of checked.sheets) run.sheetNames.add(s.name);
  // Texts bound for a reader (text, lines) lose their control characters; JSON escapes its own.
  const report = run.forReader ? terminalSafeReport(checked) : checked;
  addCounts(counts, report);
  if (delivery === "jsonl") {
    io.out(JSON.stringify({ schemaVersion: CHECK_JSON_SCHEMA_VERSION, ...toJsonFile(report) }));
  } else if (delivery === "texto") {
    io.out(`${formatFile(report, paint(io.color)).join("\n")}\n`);
  } else if (delivery === "lineas") {
    const one: CheckReport = { files: [report], totals: counts.totals };
    const lines = formatLines(observationsOf(one), io.color === true);
    if (lines !== "") io.out(lines);
  } else return report;
  return undefined;
}

function addCounts(counts: CheckCounts, report: FileReport) {
  const t = countSeverities(report.sheets);
  counts.files++;
  counts.sheets += report.sheets.length;
  counts.matrices += report.sheets.reduce((n, s) => n + s.matrices.length, 0);
  counts.totals.errors += t.errors;
  counts.totals.warnings += t.warnings;
  counts.totals.infos += t.infos;
  if (report.error) counts.totals.unreadable++;
}

async function checkFile(file: string, run: FileRun, io: CliIo): Promise<FileReport> {
  try {
    const wb = await openWorkbook(file);
    releaseMemory(); // the reading garbage goes before the checks allocate theirs
    if (wb.notice) io.err(terminalSafe(`Aviso: ${file}: ${wb.notice}`));
    return {
      file,
      format: wb.format,
      notice: wb.notice,
      ...(wb.warnings ? { warnings: wb.warnings } : {}),
      sheets: checkWorkbookOf(wb.sheets, run),
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

/** Checks a workbook's sheets; with --pei, gathers the OEI/AEI codes its POI names. */
function checkWorkbookOf(sheets: Parameters<typeof checkWorkbook>[0], run: FileRun) {
  const checked = checkWorkbook(sheets, run.options, run.articulation);
  if (run.articulation?.pei && checked.poiCodes) {
    run.poiCodes ??= new Set();
    for (const code of checked.poiCodes) run.poiCodes.add(code);
  }
  return checked.sheets;
}
