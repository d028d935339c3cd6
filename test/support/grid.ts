import type { CellValue, MergedRange, SheetData } from "../../src/core/sheet/sheetData";

/** A SheetData from rows of values, as an adapter would hand it to the core. */
export function sheetOf(
  rows: CellValue[][],
  name = "Hoja1",
  merges: MergedRange[] = []
): SheetData {
  return { name, rows, merges };
}
