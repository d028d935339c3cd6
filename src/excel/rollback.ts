import { SUMMARY_SHEET, type PlannedFormat } from "../core/plan/writePlan";
import { WorkbookStop } from "../core/port/workbookPort";
import { toWorkbookStop } from "./excelErrors";
import { REQUEST_BUDGET } from "./payload";
import { asText, queueRun } from "./queueWrites";
import { toChunks, type Run } from "./writeRuns";

export interface Undo {
  written: Run[];
  formatted: PlannedFormat[];
  before: Map<string, unknown>;
  summary: Excel.Worksheet | null;
  /** The old summary, renamed aside while the new one took its place: it gets its name back. */
  parked: Excel.Worksheet | null;
  settings: Excel.Worksheet | null;
  oldRows: unknown[][] | null;
}

/** Puts back what the snapshot held, drops the new summary and restores the old settings. */
export async function rollback(
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
    if (undo.parked) undo.parked.name = SUMMARY_SHEET;
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
