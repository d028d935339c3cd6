import { readFile, rm } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { checkWorkbook } from "../core/check/checkWorkbook";
import type { CheckOptions } from "../core/check/checkSheets";
import {
  consolidatedRow,
  LEVEL_COLUMNS,
  unitObservations,
  type ConsolidatedRow,
} from "../core/consolidate/consolidatedRows";
import { matrixUnit } from "../core/consolidate/matrixUnit";
import { writeAtomically } from "../xlsx/atomicWrite";
import { openWorkbook, WorkbookReadError } from "../xlsx/openWorkbook";
import { parseArgs, UsageError } from "./args";
import { readColumnMapOption } from "./columnMapOption";
import { collectFiles } from "./collectFiles";
import { ConsolidateSpool, type SpooledObservation } from "./consolidateSpool";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";
import { releaseMemory } from "./releaseMemory";
import {
  MEASURING_SWITCHES,
  MEASURING_USAGE,
  MEASURING_VALUE_FLAGS,
  readMeasuringOptions,
} from "./measuringOption";
import { terminalSafe } from "./terminalText";

export const CONSOLIDATE_USAGE = [
  "Uso: semaforo consolidar <carpetas o archivos…> -o consolidado.xlsx [--escala ESCALA]",
  "",
  "Revisa cada libro como `check` y escribe un libro con una fila por matriz (archivo, hoja, tipo,",
  "unidad ejecutora, unidad orgánica, conteos Malo / Regular / Bueno / Sin dato, avance promedio,",
  "errores, advertencias y avisos), una fila de totales, un resumen por unidad con su gráfico y una",
  "hoja de observaciones agrupadas por unidad. Lee los libros de uno en uno: la memoria no crece",
  "con el número de libros. No modifica los archivos.",
  "",
  "  -o, --salida ARCHIVO El libro consolidado (.xlsx), nunca sobre una entrada.",
  ...MEASURING_USAGE,
  "  --columnas MAPA.json Lee las matrices con las columnas indicadas (como en check).",
  "",
  "Salida: 0 correcto, 2 algún archivo ilegible o uso incorrecto.",
].join("\n");

interface ConsolidateRun {
  targets: string[];
  output: string;
  options: CheckOptions;
}

async function readRun(argv: readonly string[]): Promise<ConsolidateRun | "help"> {
  const args = parseArgs(
    argv,
    [...MEASURING_VALUE_FLAGS, "--columnas", "-o", "--salida"],
    ["--help", "-h", ...MEASURING_SWITCHES]
  );
  if (args.flags.has("--help") || args.flags.has("-h")) return "help";
  if (args.positional.length === 0) throw new UsageError("Indique al menos una carpeta o archivo.");
  const out = args.flags.get("-o") ?? args.flags.get("--salida");
  if (typeof out !== "string" || extname(out).toLowerCase() !== ".xlsx")
    throw new UsageError("Indique el libro de salida con -o consolidado.xlsx.");
  return {
    targets: args.positional,
    output: out,
    options: {
      ...(await readMeasuringOptions(args)),
      maxFindings: 200,
      maps: await readColumnMapOption(args.flags.get("--columnas")),
    },
  };
}

/** Reads and checks one workbook into the spool; returns false when it could not be read. */
async function consolidateFile(
  file: string,
  options: CheckOptions,
  spool: ConsolidateSpool,
  io: CliIo
) {
  try {
    const wb = await openWorkbook(file);
    releaseMemory(); // the reading garbage goes before the checks allocate theirs
    const checked = checkWorkbook(wb.sheets, options);
    const rows: ConsolidatedRow[] = [];
    const observations: SpooledObservation[] = [];
    checked.sheets.forEach((report, s) => {
      const sheet = wb.sheets[s]!;
      report.matrices.forEach((m, i) => {
        const row = consolidatedRow(
          file,
          sheet.name,
          m,
          matrixUnit(sheet, checked.matrices[s]![i]!)
        );
        rows.push(row);
        observations.push(...unitObservations(row, m));
      });
    });
    spool.add(rows, observations);
    return true;
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    io.err(terminalSafe(`No se pudo leer ${error.message}`));
    spool.add([], [{ file, reason: error.message.slice(file.length + 2) }]);
    return false;
  }
}

export async function runConsolidate(argv: readonly string[], io: CliIo): Promise<number> {
  let run: ConsolidateRun;
  try {
    const read = await readRun(argv);
    if (read === "help") {
      io.out(CONSOLIDATE_USAGE);
      return EXIT_OK;
    }
    run = read;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${CONSOLIDATE_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const files = await collectFiles(run.targets);
  if (files.some((f) => resolve(f) === resolve(run.output))) {
    io.err(`No se escribe ${run.output}: es uno de los libros a consolidar.`);
    return EXIT_USAGE;
  }
  const spool = new ConsolidateSpool();
  let unreadable = 0;
  try {
    for (const [i, file] of files.entries()) {
      if (files.length >= 5) io.err(terminalSafe(`[${i + 1}/${files.length}] ${file}`));
      if (i > 0) releaseMemory();
      if (!(await consolidateFile(file, run.options, spool, io))) unreadable++;
    }
    await writeWorkbook(spool, files.length, run.output);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`No se pudo escribir ${run.output}: ${reason}`);
    return EXIT_USAGE;
  } finally {
    spool.remove();
  }
  const t = spool.total;
  io.out(
    `Se escribió ${run.output}: ${files.length} libros, ${t.matrices} matrices, ` +
      LEVEL_COLUMNS.map((l, i) => `${l} ${t.counts[i]}`).join(", ") +
      `; ${t.errors} errores, ${t.warnings} advertencias, ${t.infos} avisos.`
  );
  return unreadable > 0 ? EXIT_USAGE : EXIT_OK;
}

/** Writes the sheets (streamed from the spool), adds the chart, then moves it into place. */
async function writeWorkbook(spool: ConsolidateSpool, files: number, output: string) {
  const { writeConsolidatedXlsx, summaryCells, sortedUnits, LEVEL_COLORS, UNIT_TABLE_TOP } =
    await import("./consolidateXlsx");
  const { addSummaryChart } = await import("../xlsx/consolidatedChart");
  const draft = join(spool.dir, "consolidado.xlsx");
  await writeConsolidatedXlsx(spool, files, draft);
  const units = sortedUnits(spool);
  const charted = await addSummaryChart(
    await readFile(draft),
    {
      title: "Resultados por unidad",
      top: UNIT_TABLE_TOP,
      rows: units.length,
      left: 10,
      series: LEVEL_COLUMNS.map((label, i) => ({ col: 2 + i, label, fill: LEVEL_COLORS[i]!.fill })),
    },
    summaryCells(units, spool.total)
  );
  await rm(draft);
  await writeAtomically(output, charted);
}
