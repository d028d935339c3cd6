import {
  SETTINGS_SHEET,
  SUMMARY_SHEET,
  type PlannedFormat,
  type WritePlan,
} from "../core/plan/writePlan";
import { WorkbookStop, type ApplyOptions } from "../core/port/workbookPort";
import { toWorkbookStop } from "./excelErrors";
import { jsonBytes, REQUEST_BUDGET } from "./payload";
import type { ExcelRunner } from "./requirements";
import { queueFormat, queueRun, writeSettings } from "./queueWrites";
import { rollback } from "./rollback";
import { queueSummaryChart } from "./summaryChart";
import { checkExpected, ownedIn, snapshot } from "./writeGuard";
import { toChunks, toRuns, type Run } from "./writeRuns";

export { PAYLOAD_LIMIT } from "./payload";
export { ExcelHostTooOld, requireApi, type ExcelRunner } from "./requirements";

/** The new summary is built under this name and renamed only once everything else is written. */
const NEW_SUMMARY = "Semaforo_Resumen_nuevo";
/** The old summary waits under this name until the new one has its place: never deleted first. */
export const OLD_SUMMARY = "Semaforo_Resumen_anterior";

type Item = { run: Run; bytes: number } | { format: PlannedFormat; bytes: number };

/**
 * Applies a write plan so that it never stays half done:
 * 1. checks that the target sheets exist and are not protected, and reads the target cells (the
 *    snapshot to restore), stopping if any differs from what the plan saw (`expected`);
 * 2. records in the settings sheet every cell it is about to write (the old list plus the new), so
 *    the list of Semáforo's cells always covers what the workbook holds;
 * 3. writes the cells and semáforo rules in requests under REQUEST_BUDGET, the new summary under
 *    a temporary name, then the final settings, and only then swaps the summary in;
 * 4. if a request fails, restores the snapshot, removes the new summary and puts the old settings
 *    back, then throws a WorkbookStop("rolled-back") in Spanish.
 * Events are off meanwhile so live validation does not react to our own writes. Returns the
 * number of syncs.
 */
export async function applyPlanExcel(
  plan: WritePlan,
  run: ExcelRunner,
  options: ApplyOptions = {},
  /** Host features beyond ExcelApi 1.8: page layout (1.9) for the summary's print setup. */
  features: { pageLayout: boolean } = { pageLayout: false }
): Promise<number> {
  let syncs = 0;
  let eventsOff = false;
  await run(async (context) => {
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const sheets = context.workbook.worksheets;
    context.runtime.enableEvents = false;
    try {
      const created = new Set(plan.sheets.map((s) => s.name));
      const targets = [...new Set(plan.cells.map((c) => c.sheet))].filter((s) => !created.has(s));
      const lookups = new Map<string, Excel.Worksheet>();
      for (const name of [...targets, SETTINGS_SHEET, SUMMARY_SHEET, NEW_SUMMARY, OLD_SUMMARY]) {
        lookups.set(name, sheets.getItemOrNullObject(name));
      }
      await sync();
      const missing = targets.filter((t) => (lookups.get(t) as Excel.Worksheet).isNullObject);
      if (missing.length > 0) {
        throw new WorkbookStop(
          "changed",
          `La hoja ${missing.map((m) => `«${m}»`).join(", ")} ya no existe. Pulse «Validar todo» y prepare de nuevo.`,
          missing
        );
      }
      const plans = new Map(targets.map((t) => [t, plan.cells.filter((c) => c.sheet === t)]));
      const runs = targets.flatMap((t) => toRuns(t, plans.get(t) ?? [], REQUEST_BUDGET));
      const before = await snapshot(lookups, targets, runs, sync);
      checkExpected(before, options);
      const settingsSheet = lookups.get(SETTINGS_SHEET) as Excel.Worksheet;
      const previousSettings = settingsSheet.isNullObject
        ? null
        : settingsSheet.getUsedRangeOrNullObject(true);
      previousSettings?.load("values");
      // Leftovers of a run that Excel stopped mid-swap.
      for (const name of [NEW_SUMMARY, OLD_SUMMARY]) {
        const leftover = lookups.get(name) as Excel.Worksheet;
        if (!leftover.isNullObject) leftover.delete();
      }
      await sync();
      const oldRows =
        previousSettings && !previousSettings.isNullObject ? previousSettings.values : null;

      const written: Run[] = [];
      const formatted: PlannedFormat[] = [];
      let settings = settingsSheet.isNullObject ? null : settingsSheet;
      let summary: Excel.Worksheet | null = null;
      let parked: Excel.Worksheet | null = null;
      try {
        // 2. Intent first: the old list plus every range about to be written.
        const intent = [...new Set([...ownedIn(oldRows), ...plan.settings.celdas])];
        settings = writeSettings(sheets, settings, { ...plan.settings, celdas: intent });
        await sync();
        // 3. Cells and rules, in small requests.
        const items: Item[] = [
          ...runs.map((r) => ({ run: r, bytes: r.bytes })),
          ...plan.formats.map((f) => ({ format: f, bytes: jsonBytes(f.rules) + 200 })),
        ];
        const chunks = toChunks(items, REQUEST_BUDGET);
        for (const [i, chunk] of chunks.entries()) {
          context.application.suspendApiCalculationUntilNextSync();
          for (const item of chunk) {
            const ws = lookups.get("run" in item ? item.run.sheet : item.format.sheet);
            if ("run" in item) {
              written.push(item.run);
              queueRun(ws as Excel.Worksheet, item.run);
            } else {
              formatted.push(item.format);
              queueFormat(ws as Excel.Worksheet, item.format);
            }
          }
          await sync();
          options.onProgress?.({
            fraction: (i + 1) / (chunks.length + 1),
            label: `Escribiendo (parte ${i + 1} de ${chunks.length})`,
          });
        }
        if (created.has(SUMMARY_SHEET)) {
          summary = sheets.add(NEW_SUMMARY);
          const cells = plan.cells.filter((c) => c.sheet === SUMMARY_SHEET);
          for (const chunk of toChunks(
            toRuns(NEW_SUMMARY, cells, REQUEST_BUDGET),
            REQUEST_BUDGET
          )) {
            for (const r of chunk) queueRun(summary, r);
            await sync();
          }
          queueSummaryChart(summary, plan.summaryCharts ?? [], features.pageLayout);
        }
        // The final list: exactly what this run wrote; the old summary steps aside, not deleted.
        writeSettings(sheets, settings, plan.settings);
        const old = lookups.get(SUMMARY_SHEET) as Excel.Worksheet;
        if (summary && !old.isNullObject) {
          parked = old;
          old.name = OLD_SUMMARY;
        }
        await sync();
        if (summary) {
          summary.name = SUMMARY_SHEET;
          await sync();
        }
      } catch (error) {
        await rollback(sync, lookups, {
          written,
          formatted,
          before,
          summary,
          parked,
          settings,
          oldRows,
        });
        const reason = toWorkbookStop(error);
        throw new WorkbookStop(
          "rolled-back",
          `${reason.message} Semáforo deshizo lo que había escrito: el libro quedó como estaba.`,
          reason.where
        );
      }
      // Everything is written: the old summary is dropped last. If Excel refuses, the workbook
      // holds the new results and one extra sheet, and the message says exactly that.
      if (parked) {
        parked.delete();
        await sync().catch(async (error: unknown) => {
          const left = sheets.getItemOrNullObject(OLD_SUMMARY);
          let gone = false;
          try {
            await context.sync();
            gone = left.isNullObject;
          } catch {
            // Unknown: say what may be left.
          }
          if (gone) return;
          throw new WorkbookStop(
            "excel",
            `Se escribió todo, pero Excel no confirmó el borrado de la hoja «${OLD_SUMMARY}» ` +
              `(el resumen anterior): ${toWorkbookStop(error).message} Si sigue en el libro, ` +
              "puede borrarla usted.",
            [OLD_SUMMARY]
          );
        });
      }
    } finally {
      context.runtime.enableEvents = true;
      // A failed last sync must neither hide the run's own outcome nor turn a complete write
      // into a failure: events are switched on again in a fresh request below.
      await sync().catch(() => (eventsOff = true));
    }
  }).catch((error: unknown) => {
    throw toWorkbookStop(error);
  });
  if (eventsOff) await restoreEvents(run);
  return syncs;
}

/** Switches Excel's events on again after the write's own last request failed; a second failure
 * changes nothing the planner needs to know (events come back when the pane reloads). */
async function restoreEvents(run: ExcelRunner): Promise<void> {
  await run(async (context) => {
    context.runtime.enableEvents = true;
    await context.sync();
  }).catch(() => undefined);
}
