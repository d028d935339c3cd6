import type { DetectedMatrix } from "../detect/matrix";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";

/** The executing unit (UE) and organic unit a matrix names, "" where it names none. */
export interface MatrixUnit {
  ue: string;
  uo: string;
  /** The one unit the matrix belongs to (its unidad orgánica, else its UE); "" when it names several or none. */
  unit: string;
}

/** The one value a column holds over the matrix's data rows; «varias (n)» when it holds several. */
function columnValue(sheet: SheetData, m: DetectedMatrix, col: number | undefined) {
  if (col === undefined) return { text: "", single: "" };
  const seen = new Set<string>();
  for (const r of m.rows) {
    if (r.role === "blank" || r.role === "repeated-header" || r.role === "total") continue;
    const text = cellText(cellAt(sheet, r.row, col));
    if (text !== "") seen.add(text);
  }
  if (seen.size <= 1) return { text: [...seen][0] ?? "", single: [...seen][0] ?? "" };
  return { text: `varias (${seen.size})`, single: "" };
}

/**
 * Where a matrix says whose it is: the label lines above it («Unidad Ejecutora : …», «Unidad
 * Orgánica : …», «Centro de costo : …»), else its UE and unidad orgánica / centro de costo columns.
 */
export function matrixUnit(sheet: SheetData, m: DetectedMatrix): MatrixUnit {
  const labels = m.ficha?.labels ?? {};
  const s = m.header.columns.single;
  const ueColumn = columnValue(sheet, m, s.ue);
  const uoColumn = columnValue(sheet, m, s.unidadOrganizacion);
  const ueLabel = labels.unidadEjecutora?.value ?? "";
  const uoLabel = labels.unidadOrganica?.value || labels.centroCosto?.value || "";
  return {
    ue: ueLabel || ueColumn.text,
    uo: uoLabel || uoColumn.text,
    unit: uoLabel || uoColumn.single || ueLabel || ueColumn.single,
  };
}
