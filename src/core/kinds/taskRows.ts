import type { DetectedMatrix } from "../detect/matrix";
import { readText, type TextCell } from "../measure/cellRead";
import { cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";

/** A cell that marks its row for deletion: «ELIMINAR», «Eliminado», «Se elimina», «Anulada». */
const DELETION = /^(eliminar|eliminad[oa]|se elimina|anulad[oa]|anular|dar de baja|de baja)\b/;

/**
 * What a row of a flat POI is: a task (its task column has text) or its AO's own row (a table
 * with task columns where this row has none: the AO's name and UM_AO stand for it). A table
 * without task columns has only activity rows.
 */
export function taskRowOf(
  sheet: SheetData,
  m: DetectedMatrix,
  row: number
): { kind: "tarea" | "ao" | "actividad"; name?: TextCell } {
  const s = m.header.columns.single;
  if (s.tarea === undefined && s.codigoTarea === undefined) return { kind: "actividad" };
  const task = readText(sheet, row, s.tarea);
  const code = readText(sheet, row, s.codigoTarea);
  if (task?.text || code?.text) return { kind: "tarea", name: task?.text ? task : code };
  return { kind: "ao", name: readText(sheet, row, s.actividad) };
}

/** The first cell of the row, within the matrix, that marks it for deletion. */
export function deletionMarkOf(
  sheet: SheetData,
  m: DetectedMatrix,
  row: number
): TextCell | undefined {
  const cells = sheet.rows[row] ?? [];
  const right = Math.min(m.header.right, cells.length - 1);
  for (let c = m.header.left; c <= right; c++) {
    const v = cells[c];
    if (typeof v !== "string" || v.length > 40) continue;
    if (DELETION.test(foldText(cellText(v)))) return readText(sheet, row, c);
  }
  return undefined;
}
