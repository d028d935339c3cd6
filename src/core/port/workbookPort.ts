import type { SheetData } from "../sheet/sheetData";
import type { WritePlan } from "../plan/writePlan";

/** An edit made by the planner (not by Semáforo) somewhere in the workbook. */
export interface WorkbookChange {
  sheet: string;
  address: string;
}

/**
 * What the task pane needs from a workbook. src/excel implements it over Excel.run; component
 * tests and the browser harness implement it over an in-memory workbook.
 */
export interface WorkbookPort {
  /** Every sheet's values and formulas, read in one round trip. */
  readSheets(): Promise<SheetData[]>;
  /** Writes a plan (formulas, semáforo rules, summary, settings). */
  applyPlan(plan: WritePlan): Promise<void>;
  /** Activates the sheet and selects the cell or range. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Calls `handler` on the planner's edits; returns a function that stops listening. */
  onChange(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
}
