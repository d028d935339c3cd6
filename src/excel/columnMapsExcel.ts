import type { SavedMatrixMap } from "../core/columnMap/savedMap";
import { readSettings, settingsWithMaps } from "../core/plan/settings";
import { SETTINGS_SHEET } from "../core/plan/writePlan";
import type { CellValue } from "../core/sheet/sheetData";
import { toWorkbookStop } from "./excelErrors";
import { writeSettings } from "./queueWrites";
import type { ExcelRunner } from "./requirements";

/**
 * Replaces the column maps in the hidden settings sheet: reads the stored settings, rewrites them
 * with the new maps (the sheet is created hidden when missing) in one request. Events are off so
 * live re-validation does not take the write for a planner's edit.
 */
export async function saveColumnMapsExcel(
  run: ExcelRunner,
  maps: readonly SavedMatrixMap[]
): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();
    const used = existing.isNullObject ? null : existing.getUsedRangeOrNullObject(true);
    used?.load("values");
    await context.sync();
    const rows = used && !used.isNullObject ? (used.values as CellValue[][]) : null;
    const current = rows ? readSettings([{ name: SETTINGS_SHEET, rows, merges: [] }]) : null;
    context.runtime.enableEvents = false;
    try {
      writeSettings(
        sheets,
        existing.isNullObject ? null : existing,
        settingsWithMaps(current, maps)
      );
      await context.sync();
    } finally {
      context.runtime.enableEvents = true;
      await context.sync();
    }
  }).catch((e: unknown) => {
    throw toWorkbookStop(e);
  });
}
