import type { SheetData } from "../core/sheet/sheetData";
import { FileError } from "./fileErrors";
import { groupDigits } from "./ooxml/readGuard";

/**
 * Most rows holding data that `apply` writes into, over all sheets. The plan keeps a formula,
 * a cached value and a place in the summary for each measured row, so its memory grows with the
 * rows: 60 000 rows take about 330 MB, and 300 000 would take more than 900 MB. A real POI
 * export (20 000 activities) stays far below; a larger or crafted file is refused in Spanish
 * before the plan is built. `check` reads larger workbooks.
 */
export const MAX_APPLY_ROWS = 100_000;

/** Refuses a workbook with more rows holding data than `apply` writes into. */
export function refuseTooManyRows(
  input: string,
  sheets: readonly SheetData[],
  limit: number = MAX_APPLY_ROWS
): void {
  let rows = 0;
  for (const sheet of sheets) sheet.rows.forEach((row) => (rows += row?.length ? 1 : 0));
  if (rows <= limit) return;
  throw new FileError(
    `«${input}» tiene ${groupDigits(rows)} filas con datos; apply escribe en libros de hasta ${groupDigits(limit)} filas, para no agotar la memoria. Divídalo en libros más pequeños (check sí lo revisa entero).`
  );
}
