import { detectMatrices } from "../pipeline/detectMatrices";
import { kindOf } from "../kinds/registry";
import { measureMatrix } from "../pipeline/measureMatrix";
import type { Measuring } from "../scales/measuring";
import { measuringScale } from "../scales/measuring";
import type { SheetData } from "../sheet/sheetData";
import { placesResult } from "./placeResults";
import { readSettings } from "./settings";
import { SETTINGS_SHEET, SUMMARY_SHEET, type PlanOptions } from "./writePlan";

/**
 * Whether «Calcular» would place any result: some matrix has a result column and an item with a
 * calc (an avance or a % ejecución), as buildWritePlan places them — the same condition under which
 * its plan gets a summary sheet. It stops at the first such matrix and builds no plan (no
 * placement, formulas, summary or settings), so the pane can ask it on every change. A plan built
 * for it may still write nothing when every target cell holds the planner's data (a conflict the
 * write dialog then shows).
 */
export function hasWritableResults(
  sheets: readonly SheetData[],
  options: Measuring & Pick<PlanOptions, "maps">
): boolean {
  const maps = options.maps ?? readSettings(sheets)?.columnas ?? [];
  for (const sheet of sheets) {
    if (sheet.name === SUMMARY_SHEET || sheet.name === SETTINGS_SHEET) continue;
    for (const m of detectMatrices(sheet, maps)) {
      const kind = kindOf(m.kind);
      if (!kind.result?.header(m)) continue;
      const scale = measuringScale(options, m.period);
      const { items } = measureMatrix(sheet, m, { scale, tope: options.tope });
      if (items.some(placesResult)) return true;
    }
  }
  return false;
}
