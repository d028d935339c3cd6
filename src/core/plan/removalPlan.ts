import { KINDS } from "../kinds/registry";
import { a1, parseRangeA1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { parseOwnedRef } from "./ownedRef";
import { readSettings } from "./settings";
import { sheetSummaryMark } from "./summaryMark";
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
  /** Workbook functions (defined names) Semáforo added, as its settings list them. */
  names: string[];
  /** Listed cells where the planner typed a value over Semáforo's formula: left as they are. */
  spared: { sheet: string; address: string }[];
}

/** Whether a text is a header the write plan puts above a new result column (any kind's). */
export const isResultHeader = (text: string): boolean =>
  KINDS.some((k) => k.result?.isHeader(text) === true);

/**
 * Whether a listed cell now holds something the planner typed: a value where Semáforo's formula
 * was. Text without a formula is Semáforo's only as its header (the result header, or the label
 * copied just below it).
 */
function typedOver(sheet: SheetData, row: number, col: number): boolean {
  if (!sheet.formulas || sheet.formulas.has(a1(row, col))) return false;
  const value = cellAt(sheet, row, col);
  if (value === null || value === "") return false;
  if (typeof value !== "string") return true;
  const above = cellText(cellAt(sheet, row - 1, col));
  return !isResultHeader(value) && !isResultHeader(above);
}

/** The removal plan of a workbook; empty when Semáforo never wrote into it. */
export function buildRemovalPlan(sheets: readonly SheetData[]): RemovalPlan {
  const plan: RemovalPlan = { cells: [], formats: [], sheets: [], names: [], spared: [] };
  const settings = readSettings(sheets);
  if (!settings) return plan;
  plan.names = [...settings.nombres];
  const present = new Set(sheets.map((s) => s.name));
  const seen = new Set<string>();
  for (const ref of settings.celdas) {
    const owned = parseOwnedRef(ref);
    if (!owned || !present.has(owned.sheet)) continue;
    if (owned.sheet === SETTINGS_SHEET || owned.sheet === SUMMARY_SHEET) continue;
    const block = parseRangeA1(owned.range);
    if (!block) continue;
    const data = sheets.find((s) => s.name === owned.sheet) as SheetData;
    plan.formats.push({ sheet: owned.sheet, range: owned.range });
    for (let r = block.top; r <= block.bottom; r++) {
      for (let c = block.left; c <= block.right; c++) {
        const address = a1(r, c);
        const key = `${owned.sheet}!${address}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (typedOver(data, r, c)) plan.spared.push({ sheet: owned.sheet, address });
        else plan.cells.push({ sheet: owned.sheet, address });
      }
    }
  }
  // The summary is Semáforo's only while it is exactly what Semáforo wrote; once edited it is the
  // planner's and stays.
  const summary = sheets.find((s) => s.name === SUMMARY_SHEET);
  if (summary && settings.resumen && sheetSummaryMark(summary) === settings.resumen)
    plan.sheets.push(SUMMARY_SHEET);
  plan.sheets.push(SETTINGS_SHEET);
  return plan;
}
