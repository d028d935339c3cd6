import type { RemovalPlan } from "../core/plan/removalPlan";
import { SETTINGS_SHEET, type PlanSettings } from "../core/plan/writePlan";
import { WorkbookStop } from "../core/port/workbookPort";
import { toWorkbookStop } from "./excelErrors";
import { REQUEST_BUDGET } from "./payload";
import { writeSettings } from "./queueWrites";
import type { ExcelRunner } from "./requirements";
import { toChunks, toRuns } from "./writeRuns";

/**
 * Removes what Semáforo wrote, from the core's removal plan: clears the listed cells (contents and
 * the number format it set), deletes the semáforo rules on exactly the listed ranges, and deletes
 * its sheets; with `keep`, the settings sheet stays with the planner's configuración only.
 * Protected sheets stop it before anything changes. Returns the number of syncs.
 */
export async function applyRemovalExcel(
  plan: RemovalPlan,
  run: ExcelRunner,
  /** The planner's configuración to leave in the settings sheet (kept, not deleted). */
  keep: PlanSettings | null = null
): Promise<number> {
  let syncs = 0;
  await run(async (context) => {
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    context.runtime.enableEvents = false;
    try {
      const worksheets = context.workbook.worksheets;
      const names = [
        ...new Set([...plan.cells.map((c) => c.sheet), ...plan.formats.map((f) => f.sheet)]),
      ];
      const lookups = new Map(names.map((n) => [n, worksheets.getItemOrNullObject(n)]));
      const own = new Map(plan.sheets.map((n) => [n, worksheets.getItemOrNullObject(n)]));
      const settings = keep ? worksheets.getItemOrNullObject(SETTINGS_SHEET) : null;
      await sync();
      const present = names.filter((n) => !(lookups.get(n) as Excel.Worksheet).isNullObject);
      const protections = present.map((n) => {
        const p = (lookups.get(n) as Excel.Worksheet).protection;
        p.load("protected");
        return p;
      });
      await sync();
      const locked = present.filter(
        (_, i) => (protections[i] as Excel.WorksheetProtection).protected
      );
      if (locked.length > 0) {
        throw new WorkbookStop(
          "protected",
          `La hoja ${locked.map((s) => `«${s}»`).join(", ")} está protegida: Semáforo no quitó ` +
            "nada. Desprotéjala (Revisar › Desproteger hoja) y vuelva a pulsar «Quitar».",
          locked
        );
      }
      for (const name of present) {
        const ws = lookups.get(name) as Excel.Worksheet;
        const cells = plan.cells
          .filter((c) => c.sheet === name)
          .map((c) => ({ ...c, value: "" as const }));
        // A clear is a few dozen bytes whatever the range: chunk by a fixed cost per run.
        const runs = toRuns(name, cells, REQUEST_BUDGET).map((r) => ({ ...r, bytes: 200 }));
        for (const chunk of toChunks(runs, REQUEST_BUDGET)) {
          for (const r of chunk) {
            const range = ws.getRange(r.address);
            range.clear("Contents" as Excel.ClearApplyTo);
            range.numberFormat = r.formulas.map(() => ["General"]);
            range.format.font.bold = false;
          }
          await sync();
        }
        for (const f of plan.formats.filter((x) => x.sheet === name)) {
          ws.getRange(f.range).conditionalFormats.clearAll();
        }
      }
      for (const ws of own.values()) if (!ws.isNullObject) ws.delete();
      if (keep && settings)
        writeSettings(worksheets, settings.isNullObject ? null : settings, keep);
      await sync();
    } finally {
      context.runtime.enableEvents = true;
      await sync();
    }
  }).catch((error: unknown) => {
    throw toWorkbookStop(error);
  });
  return syncs;
}
