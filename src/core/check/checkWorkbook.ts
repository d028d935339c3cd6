import { checkDetectedSheet, type CheckOptions, type SheetReport } from "./checkSheets";
import { detectMatrices } from "../pipeline/detectMatrices";
import type { DetectedMatrix } from "../detect/matrix";
import type { SheetData } from "../sheet/sheetData";
import { articulationOf, type Articulation } from "../articulation/articulation";

export interface WorkbookCheck {
  sheets: SheetReport[];
  /** The matrices detected in each sheet, in the order of the sheet's report. */
  matrices: DetectedMatrix[][];
  /** The OEI/AEI codes the workbook's POI names (for a PEI given with --pei). */
  poiCodes?: ReadonlySet<string>;
}

/**
 * Checks every sheet of one workbook, each matrix detected once. When the workbook holds both a
 * PEI and a POI (or `given` brings the other side, from check --pei), the articulation rules
 * compare them.
 */
export function checkWorkbook(
  sheets: readonly SheetData[],
  options: CheckOptions,
  given: Articulation = {}
): WorkbookCheck {
  const detected = sheets.map((sheet) => ({
    sheet,
    matrices: detectMatrices(sheet, options.maps),
  }));
  const articulation = articulationOf(detected, given);
  const withArticulation = { ...options, articulation };
  return {
    sheets: detected.map(({ sheet, matrices }) =>
      checkDetectedSheet(sheet, matrices, withArticulation)
    ),
    matrices: detected.map((d) => d.matrices),
    poiCodes: articulation.poiCodes,
  };
}
