import { extname, resolve } from "node:path";
import { missingMapSheets } from "../core/columnMap/missingSheets";
import { buildWritePlan } from "../core/plan/buildPlan";
import { buildRemovalPlan, type RemovalPlan } from "../core/plan/removalPlan";
import { keepPlannersSummary, summaryKeptBecause } from "../core/plan/keepSummary";
import { SUMMARY_SHEET, type PlanOptions, type WritePlan } from "../core/plan/writePlan";
import { refuseTooManyRows } from "./applyBounds";
import { hookSignals, writeAtomically } from "./atomicWrite";
import { claimOutput } from "./outputLock";
import { fileError, FileError } from "./fileErrors";
import { PackageEditor } from "./ooxml/packageEditor";
import { DEFAULT_LIMITS, ReadGuard, ReadLimitError, type ReadLimits } from "./ooxml/readGuard";
import { readXlsxPackage, type XlsxRead } from "./ooxml/readWorkbookXml";
import { withRecoveredSettings } from "./ooxml/recoverSettings";
import { stripSemaforo } from "./ooxml/stripSemaforo";
import { writeSemaforo } from "./ooxml/writeSemaforo";
import { NotAWorkbookError, partOf } from "./ooxml/xlsxPackage";
import { NotRegularFileError, readRegularFile } from "./regularFile";

/**
 * Applies the write plan to an .xlsx/.xlsm surgically: what an earlier run wrote is taken out
 * first (so applying twice gives the same file), the plan is built from the planner's own
 * workbook, and only the parts it concerns are rewritten — every other part (charts, pivot
 * tables, macros, comments, external links…) keeps its bytes. The result is written through a
 * temporary file beside `output`; `input` is never modified.
 */
export async function applyToXlsx(
  input: string,
  output: string,
  options: PlanOptions,
  replaceNames: readonly string[] = [],
  limits: EditLimits = {}
): Promise<WritePlan> {
  checkPaths(input, output);
  return withClaim(output, () => applyClaimed(input, output, options, replaceNames, limits));
}

async function applyClaimed(
  input: string,
  output: string,
  options: PlanOptions,
  replaceNames: readonly string[],
  limits: EditLimits
): Promise<WritePlan> {
  const guard = new ReadGuard({ ...DEFAULT_LIMITS, ...limits.read });
  const read = await openPackage(input, limits);
  refuseTooManyRows(input, read.sheets, limits.maxRows);
  const editor = new PackageEditor(read.pkg, limits.maxPartBytes, limits.read?.maxPartBytes);
  const sheets = await bounded(input, () => withRecoveredSettings(editor, read.sheets));
  const removal = buildRemovalPlan(sheets);
  await bounded(input, () => stripSemaforo(editor, sheets, removal));
  // The plan sees the workbook as it was (with the earlier run's settings) so it reuses its
  // column and reports the planner's edits there; the package no longer holds that run's cells.
  const plan = keepPlannersSummary(
    buildWritePlan(sheets, options),
    sheets,
    removal,
    summaryKeptBecause(read.sheets)
  );
  plan.notes.push(
    ...missingMapSheets(
      options.maps,
      read.sheets.map((s) => s.name)
    )
  );
  await bounded(input, async () => {
    guard.checkMemory();
    await writeSemaforo(editor, plan, replaceNames);
    guard.checkMemory();
  });
  await writeAtomically(output, await bounded(input, () => editor.save()));
  return plan;
}

/**
 * Bounds of one apply or quitar: the reader's (as `check`'s; its maxPartBytes also bounds a
 * streamed sheet), the longest text held whole, and the rows apply writes into.
 */
export interface EditLimits {
  read?: Partial<ReadLimits>;
  maxPartBytes?: number;
  maxRows?: number;
}

/** Runs a step of the edit; a bound it reaches becomes a Spanish sentence naming the file. */
async function bounded<T>(input: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ReadLimitError) throw new FileError(`«${input}» ${error.message}`);
    throw error;
  }
}

/** What `quitar` took out of the workbook. */
export interface RemovalResult {
  plan: RemovalPlan;
  /** False when the workbook held nothing of Semáforo's (then no file is written). */
  written: boolean;
  /** What was left on purpose, in Spanish (a summary that may be the planner's). */
  notes: string[];
}

/** Gives back the planner's workbook: everything Semáforo wrote is taken out, the rest kept. */
export async function removeFromXlsx(
  input: string,
  output: string,
  limits: EditLimits = {}
): Promise<RemovalResult> {
  checkPaths(input, output);
  return withClaim(output, async () => {
    const read = await openPackage(input, limits);
    const editor = new PackageEditor(read.pkg, limits.maxPartBytes, limits.read?.maxPartBytes);
    const sheets = await bounded(input, () => withRecoveredSettings(editor, read.sheets));
    const found = buildRemovalPlan(sheets);
    // A settings sheet recovered from the markers is not in the package: nothing to delete.
    const plan = {
      ...found,
      sheets: found.sheets.filter((n) => read.sheets.some((s) => s.name === n)),
    };
    const keptSummary =
      read.sheets.some((s) => s.name === SUMMARY_SHEET) && !plan.sheets.includes(SUMMARY_SHEET);
    const notes = keptSummary ? [`${summaryKeptBecause(read.sheets)}: se conservó tal cual.`] : [];
    if (plan.sheets.length + plan.cells.length + plan.names.length === 0)
      return { plan, written: false, notes };
    await bounded(input, () => stripSemaforo(editor, sheets, plan));
    await writeAtomically(output, await bounded(input, () => editor.save()));
    return { plan, written: true, notes };
  });
}

/** Runs a write holding `output`, so a concurrent run on the same output is refused. */
async function withClaim<T>(output: string, run: () => Promise<T>): Promise<T> {
  hookSignals();
  const release = await claimOutput(output);
  try {
    return await run();
  } finally {
    await release();
  }
}

function checkPaths(input: string, output: string) {
  if (resolve(input) === resolve(output)) {
    throw new FileError(
      "la salida debe ser un archivo distinto de la entrada (la entrada nunca se modifica)."
    );
  }
  const macros = extname(input).toLowerCase() === ".xlsm";
  const outExt = extname(output).toLowerCase();
  if (!macros && outExt === ".xlsm") {
    throw new FileError(
      `«${input}» no tiene macros: guarde la salida como .xlsx (Excel no abre un .xlsm sin macros).`
    );
  }
  if (macros && outExt !== ".xlsm") {
    throw new FileError(
      `«${input}» tiene macros: la salida debe ser .xlsm para conservarlas (por ejemplo, «${output.replace(/\.[^.\\/]*$/, "")}.xlsm»).`
    );
  }
}

async function openPackage(input: string, limits: EditLimits): Promise<XlsxRead> {
  let buffer: Buffer;
  try {
    buffer = await readRegularFile(input);
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new FileError(`«${input}» ${error.message}`);
    throw fileError(error, input, "leer");
  }
  try {
    const read = await readXlsxPackage(buffer, { ...DEFAULT_LIMITS, ...limits.read });
    if (STRICT.test((await partOf(read.pkg.zip, read.pkg.workbookPath)) ?? "")) {
      throw new FileError(
        `«${input}» está guardado como «Hoja de cálculo Open XML estricta»: Semáforo no escribe en ese formato sin cambiarlo. Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».`
      );
    }
    return read;
  } catch (error) {
    if (error instanceof FileError) throw error;
    if (error instanceof NotAWorkbookError || error instanceof ReadLimitError)
      throw new FileError(`«${input}» ${error.message}`);
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new FileError(`«${input}» no es un libro de Excel válido o está dañado (${reason}).`);
  }
}

/** The main namespace of Strict OOXML workbooks (ISO/IEC 29500 Strict). */
const STRICT = /xmlns(?::\w+)?="http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/;
