import { a1, parseRangeA1 } from "../sheet/address";
import type { SheetData } from "../sheet/sheetData";
import { parseOwnedRef } from "./ownedRef";
import { readSettings } from "./settings";
import { SETTINGS_SHEET, SUMMARY_SHEET } from "./writePlan";

/**
 * Everything Semáforo wrote into a workbook, so it can be taken out again (the CLI's `quitar`,
 * the task pane's "Quitar"). Built only from Semáforo's hidden settings sheet: a cell that is not
 * listed there is the planner's and is never part of the plan.
 */
export interface RemovalPlan {
  /** Cells to clear (formulas and the header texts Semáforo wrote), one address each. */
  cells: { sheet: string; address: string }[];
  /**
   * Ranges whose conditional formats are Semáforo's: a remover deletes a format only when its
   * range is exactly one of these (file writers also check their own marker).
   */
  formats: { sheet: string; range: string }[];
  /** Whole sheets Semáforo created: its settings sheet and, when it is still its own, the summary. */
  sheets: string[];
  /** Workbook defined names Semáforo added (none yet; later versions record them in the settings). */
  names: string[];
}

/** The removal plan of a workbook; empty when Semáforo never wrote into it. */
export function buildRemovalPlan(sheets: readonly SheetData[]): RemovalPlan {
  const plan: RemovalPlan = { cells: [], formats: [], sheets: [], names: [] };
  const settings = readSettings(sheets);
  if (!settings) return plan;
  const present = new Set(sheets.map((s) => s.name));
  const seen = new Set<string>();
  for (const ref of settings.celdas) {
    const owned = parseOwnedRef(ref);
    if (!owned || !present.has(owned.sheet)) continue;
    if (owned.sheet === SETTINGS_SHEET || owned.sheet === SUMMARY_SHEET) continue;
    const block = parseRangeA1(owned.range);
    if (!block) continue;
    plan.formats.push({ sheet: owned.sheet, range: owned.range });
    for (let r = block.top; r <= block.bottom; r++) {
      for (let c = block.left; c <= block.right; c++) {
        const address = a1(r, c);
        const key = `${owned.sheet}!${address}`;
        if (seen.has(key)) continue;
        seen.add(key);
        plan.cells.push({ sheet: owned.sheet, address });
      }
    }
  }
  if (present.has(SUMMARY_SHEET)) plan.sheets.push(SUMMARY_SHEET);
  plan.sheets.push(SETTINGS_SHEET);
  return plan;
}
