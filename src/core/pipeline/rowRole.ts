import type { RoleContext } from "../kinds/kind";
import { kindOf } from "../kinds/registry";
import { cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";

const TOTAL = /^(total|avance promedio|promedio|sub ?total)\b/;

/** The role of one body row: blank and total rows alike in every kind, the rest by its kind. */
export function roleOf(
  m: DetectedMatrix,
  sheet: SheetData,
  row: number,
  ctx: RoleContext
): MatrixRow {
  // The first filled cell's text; the rest of the row is not spelled (most rows are numbers).
  let first = "";
  for (const v of sheet.rows[row] ?? []) {
    first = cellText(v);
    if (first !== "") break;
  }
  if (first === "") return { row, role: "blank" };
  if (TOTAL.test(foldText(first))) return { row, role: "total", label: first };
  return kindOf(m.kind).roleOf(m, sheet, row, ctx, first);
}
