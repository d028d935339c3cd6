import type { DetectedMatrix } from "../detect/matrix";
import type { MeasureOptions } from "../kinds/kind";
import { kindOf, nodesOf } from "../kinds/registry";
import type { MeasuredMatrix } from "../measure/item";
import type { SheetData } from "../sheet/sheetData";

/**
 * Measures a detected matrix once, by its kind; rules and the write plan read the result. What
 * rules need from the kind (the node types it yields, where its codes are) travels with it, so
 * no rule asks which kind it is.
 */
export function measureMatrix(
  sheet: SheetData,
  matrix: DetectedMatrix,
  options: MeasureOptions
): MeasuredMatrix {
  const kind = kindOf(matrix.kind);
  const { items, reads } = kind.measure(sheet, matrix, options);
  // Items on the subtotal lines a column map marks are kept (rules check them, their result is
  // written) but not reported, so no count or summary holds them twice.
  const subtotals = new Set(matrix.rows.filter((r) => r.subtotal).map((r) => r.row));
  for (const item of items) {
    if (!subtotals.has(item.row)) continue;
    item.subtotal = true;
    item.reported = false;
  }
  const codeColumn = kind.codeColumn(matrix);
  return { sheet, matrix, scale: options.scale, items, reads, nodes: nodesOf(kind), codeColumn };
}
