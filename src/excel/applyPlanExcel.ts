import { settingsCells } from "../core/plan/settings";
import { parseOwnedRef } from "../core/plan/ownedRef";
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
import { toChunks, toRuns, type Run } from "./writeRuns";

export { PAYLOAD_LIMIT } from "./payload";
export { ExcelHostTooOld, requireApi, type ExcelRunner } from "./requirements";

/** The new summary is built under this name and renamed only once everything else is written. */
const NEW_SUMMARY = "Semaforo_Resumen_nuevo";

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
  options: ApplyOptions = {}
): Promise<number> {
  let syncs = 0;
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
      for (const name of [...targets, SETTINGS_SHEET, SUMMARY_SHEET, NEW_SUMMARY]) {
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
      if (!(lookups.get(NEW_SUMMARY) as Excel.Worksheet).isNullObject) {
        (lookups.get(NEW_SUMMARY) as Excel.Worksheet).delete();
      }
      await sync();
      const oldRows =
        previousSettings && !previousSettings.isNullObject ? previousSettings.values : null;

      const written: Run[] = [];
      const formatted: PlannedFormat[] = [];
      let settings = settingsSheet.isNullObject ? null : settingsSheet;
      let summary: Excel.Worksheet | null = null;
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
        }
        // The final list: exactly what this run wrote.
        writeSettings(sheets, settings, plan.settings);
        if (summary) {
          const old = lookups.get(SUMMARY_SHEET) as Excel.Worksheet;
          if (!old.isNullObject) old.delete();
          summary.name = SUMMARY_SHEET;
        }
        await sync();
      } catch (error) {
        await rollback(sync, lookups, { written, formatted, before, summary, settings, oldRows });
        const reason = toWorkbookStop(error);
        throw new WorkbookStop(
          "rolled-back",
          `${reason.message} Semáforo deshizo lo que había escrito: el libro quedó como estaba.`,
          reason.where
        );
      }
    } finally {
      context.runtime.enableEvents = true;
      await sync();
    }
  }).catch((error: unknown) => {
    throw toWorkbookStop(error);
  });
  return syncs;
}

/** Loads protection and the target cells' current formulas, in requests under the budget. */
async function snapshot(
  lookups: Map<string, Excel.Worksheet>,
  targets: string[],
  runs: Run[],
  sync: () => Promise<void>
): Promise<Map<string, unknown>> {
  const protections = targets.map((t) => {
    const p = (lookups.get(t) as Excel.Worksheet).protection;
    p.load("protected");
    return p;
  });
  const reads: { run: Run; cells: Excel.Range }[] = [];
  const chunks = toChunks(runs, REQUEST_BUDGET);
  for (const chunk of chunks.length ? chunks : [[]]) {
    for (const r of chunk) {
      const cells = (lookups.get(r.sheet) as Excel.Worksheet).getRange(r.address);
      cells.load("formulas");
      reads.push({ run: r, cells });
    }
    await sync();
  }
  const locked = targets.filter((_, i) => (protections[i] as Excel.WorksheetProtection).protected);
  if (locked.length > 0) {
    throw new WorkbookStop(
      "protected",
      `La hoja ${locked.map((s) => `«${s}»`).join(", ")} está protegida y Semáforo no puede ` +
        "escribir en ella. Desprotéjala (Revisar › Desproteger hoja), pulse de nuevo el botón y " +
        "vuelva a protegerla después si lo desea.",
      locked
    );
  }
  const before = new Map<string, unknown>();
  for (const { run, cells } of reads) {
    const top = Number(/\d+/.exec(run.address)?.[0]);
    const col = run.address.replace(/\d+.*$/, "");
    cells.formulas.forEach((row, i) => before.set(`${run.sheet}!${col}${top + i}`, row[0]));
  }
  return before;
}

function checkExpected(before: Map<string, unknown>, options: ApplyOptions) {
  const changed = (options.expected ?? [])
    .filter((e) => String(before.get(`${e.sheet}!${e.address}`) ?? "") !== e.content)
    .map((e) => `${e.sheet}!${e.address}`);
  if (changed.length === 0) return;
  throw new WorkbookStop(
    "changed",
    `${changed.length === 1 ? "Una celda cambió" : `${changed.length} celdas cambiaron`} desde que ` +
      `se preparó la escritura (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? "…" : ""}). ` +
      "No se escribió nada. Pulse de nuevo el botón para preparar la escritura con los datos actuales.",
    changed
  );
}

/** Ranges the old settings list («celdas» row). */
function ownedIn(rows: unknown[][] | null): string[] {
  const row = rows?.find((r) => String(r[0] ?? "") === "celdas");
  return String(row?.[1] ?? "")
    .split(";")
    .filter((r) => parseOwnedRef(r) !== null);
}

/** Rewrites the hidden settings sheet in place (created when missing). */
function writeSettings(
  sheets: Excel.WorksheetCollection,
  existing: Excel.Worksheet | null,
  settings: WritePlan["settings"]
): Excel.Worksheet {
  let ws = existing;
  if (!ws) {
    ws = sheets.add(SETTINGS_SHEET);
    ws.visibility = "Hidden" as Excel.SheetVisibility;
  }
  ws.getRange("A:B").clear("Contents" as Excel.ClearApplyTo);
  for (const r of toRuns(SETTINGS_SHEET, settingsCells(settings), REQUEST_BUDGET)) queueRun(ws, r);
  return ws;
}

function queueRun(ws: Excel.Worksheet, r: Run) {
  const range = ws.getRange(r.address);
  range.formulas = r.formulas as unknown as string[][];
  if (r.percent) range.numberFormat = r.formulas.map(() => ["0.00"]);
  if (r.header) range.format.font.bold = true;
}

/** Replaces the semáforo on our own result block: clear it, then one custom rule per level. */
function queueFormat(ws: Excel.Worksheet, f: PlannedFormat) {
  const range = ws.getRange(f.range);
  range.conditionalFormats.clearAll();
  f.rules.forEach((rule, i) => {
    const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=${rule.formula}`;
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.font;
    cf.priority = i;
    cf.stopIfTrue = true;
  });
}

interface Undo {
  written: Run[];
  formatted: PlannedFormat[];
  before: Map<string, unknown>;
  summary: Excel.Worksheet | null;
  settings: Excel.Worksheet | null;
  oldRows: unknown[][] | null;
}

/** Puts back what the snapshot held, drops the new summary and restores the old settings. */
async function rollback(
  sync: () => Promise<void>,
  lookups: Map<string, Excel.Worksheet>,
  undo: Undo
) {
  try {
    const restore: Run[] = undo.written.map((r) => ({
      ...r,
      formulas: r.formulas.map((_, i) => {
        const top = Number(/\d+/.exec(r.address)?.[0]);
        const col = r.address.replace(/\d+.*$/, "");
        return [(undo.before.get(`${r.sheet}!${col}${top + i}`) ?? "") as string | number];
      }),
      percent: false,
      header: false,
    }));
    for (const chunk of toChunks(restore, REQUEST_BUDGET)) {
      for (const r of chunk) queueRun(lookups.get(r.sheet) as Excel.Worksheet, r);
      await sync();
    }
    for (const f of undo.formatted) {
      (lookups.get(f.sheet) as Excel.Worksheet).getRange(f.range).conditionalFormats.clearAll();
    }
    if (undo.summary) undo.summary.delete();
    if (undo.settings) {
      if (undo.oldRows) {
        undo.settings.getRange("A:B").clear("Contents" as Excel.ClearApplyTo);
        const rows = undo.oldRows.map((r) => [r[0] ?? "", r[1] ?? ""].map(asText));
        undo.settings.getRange(`A1:B${rows.length}`).formulas = rows;
      } else {
        undo.settings.delete();
      }
    }
    await sync();
  } catch (error) {
    throw new WorkbookStop(
      "excel",
      `${toWorkbookStop(error).message} Además, Semáforo no pudo deshacer del todo lo que había ` +
        "escrito: use «Quitar lo escrito por Semáforo» cuando Excel responda.",
      []
    );
  }
}

/** Settings are text: a value that looks like a formula is written as text. */
const asText = (v: unknown) => {
  const s = String(v);
  return /^[=+\-@']/.test(s) ? `'${s}` : s;
};
