/** A merged block of cells, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A cell value as the adapters hand it to the core. Dates stay Date; errors are {error}. */
export type CellValue = number | string | boolean | Date | null | { error: string };

/**
 * One worksheet as the core sees it: values from A1 (rows may be ragged), merged ranges, and the
 * formulas where the adapter has them (keyed by A1 address).
 */
export interface SheetData {
  name: string;
  rows: CellValue[][];
  merges: MergedRange[];
  formulas?: ReadonlyMap<string, string>;
}

export function cellAt(sheet: SheetData, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return "";
}
