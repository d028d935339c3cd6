import {
  articulationOf,
  isArticulatedKind,
  type Articulation,
} from "../../core/articulation/articulation";
import type { SheetData } from "../../core/sheet/sheetData";
import type { MatrixEntry } from "../components/MatrixList";

/** Whether the articulation rules (V15) read this matrix. */
export const isArticulated = (e: MatrixEntry): boolean => isArticulatedKind(e.matrix.kind);

/** The PEI and POI of the pane's workbook, from the matrices already detected in its sheets. */
export function workbookArticulation(
  sheets: readonly SheetData[],
  entries: readonly MatrixEntry[]
): Articulation {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const perSheet = new Map<string, MatrixEntry["matrix"][]>();
  for (const e of entries.filter(isArticulated)) {
    perSheet.set(e.sheet, [...(perSheet.get(e.sheet) ?? []), e.matrix]);
  }
  return articulationOf(
    [...perSheet].flatMap(([name, matrices]) => {
      const sheet = byName.get(name);
      return sheet ? [{ sheet, matrices }] : [];
    })
  );
}
