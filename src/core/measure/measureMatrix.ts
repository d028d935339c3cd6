import type { DetectedMatrix } from "../detect/matrix";
import type { MeasureOptions } from "../kinds/kind";
import { kindOf } from "../kinds/registry";
import type { SheetData } from "../sheet/sheetData";
import type { MeasuredMatrix } from "./item";

/**
 * Measures a detected matrix once, by its kind; rules and the write plan read the result. Items on
 * the subtotal lines a column map marks are kept (rules check them, their result is written) but
 * not reported, so no count or summary holds them twice.
 */
export function measureMatrix(
  sheet: SheetData,
  matrix: DetectedMatrix,
  options: MeasureOptions
): MeasuredMatrix {
  const { items, reads } = kindOf(matrix.kind).measure(sheet, matrix, options);
  const subtotals = new Set(matrix.rows.filter((r) => r.subtotal).map((r) => r.row));
  if (subtotals.size > 0) {
    for (const item of items) {
      if (!subtotals.has(item.row)) continue;
      item.subtotal = true;
      item.reported = false;
    }
  }
  return { sheet, matrix, scale: options.scale, items, reads };
}
