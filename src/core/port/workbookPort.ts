/**
 * What the task pane needs from a workbook. src/excel implements it over Excel.run; tests and the
 * browser harness implement it over an in-memory workbook. Grows with the write-plan issues.
 */
export interface SheetInfo {
  name: string;
  /** A1 address of the used range, or null when the sheet is empty. */
  usedRange: string | null;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
}
