import type { DetectedMatrix } from "../detect/matrix";
import type { MeasureOptions } from "../kinds/kind";
import { kindOf } from "../kinds/registry";
import type { SheetData } from "../sheet/sheetData";
import type { MeasuredMatrix } from "./item";

/** Measures a detected matrix once, by its kind; rules and the write plan read the result. */
export function measureMatrix(
  sheet: SheetData,
  matrix: DetectedMatrix,
  options: MeasureOptions
): MeasuredMatrix {
  const { items, reads } = kindOf(matrix.kind).measure(sheet, matrix, options);
  return { sheet, matrix, scale: options.scale, items, reads };
}
