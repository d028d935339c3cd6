import {
  checkMatrix,
  DEFAULT_CHECK_OPTIONS,
  type MatrixReport,
} from "../../core/check/checkSheets";
import type { SavedMatrixMap } from "../../core/columnMap/savedMap";
import { detectMatrices } from "../../core/pipeline/detectMatrices";
import { describeNearMiss, findNearMiss } from "../../core/pipeline/nearMiss";
import { readSettings } from "../../core/plan/settings";
import { hasWritableResults } from "../../core/plan/writable";
import { SETTINGS_SHEET, SUMMARY_SHEET } from "../../core/plan/writePlan";
import type { Measuring } from "../../core/scales/measuring";
import type { SheetData } from "../../core/sheet/sheetData";
import type { MatrixEntry } from "../components/MatrixList";
import { isArticulated, workbookArticulation } from "./articulation";

/** The workbook as the pane shows it: its sheets, their matrices and each matrix's report. */
export interface WorkbookView {
  sheets: SheetData[] | null;
  entries: MatrixEntry[];
  emptySheets: string[];
  /** Sheets without a matrix whose row looks like a header: the Spanish near-miss message. */
  nearMisses: Map<string, string>;
  reports: Map<string, MatrixReport>;
  /** The planner's column maps stored in the workbook's settings, used by detection. */
  maps: SavedMatrixMap[];
  /** Whether «Calcular» would place any result (the core's hasWritableResults). */
  writable: boolean;
}

export const EMPTY_VIEW: WorkbookView = {
  sheets: null,
  entries: [],
  emptySheets: [],
  nearMisses: new Map(),
  reports: new Map(),
  maps: [],
  writable: false,
};

/** The sheets of `before` with the ones just read in their place, in the workbook's order. */
export function mergeSheets(before: readonly SheetData[] | null, read: SheetData[]): SheetData[] {
  const names = new Set(read.map((s) => s.name));
  const sheets = [...(before ?? []).filter((s) => !names.has(s.name)), ...read];
  const order = (before ?? read).map((s) => s.name);
  return sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/**
 * Detects and validates the matrices of the sheets just read (the rest of the view is kept). Pure:
 * it runs in the pane's worker, or in the page where there is no worker.
 */
export function analyse(view: WorkbookView, read: SheetData[], measuring: Measuring): WorkbookView {
  const names = new Set(read.map((s) => s.name));
  const sheets = mergeSheets(view.sheets, read);
  const order = (view.sheets ?? read).map((s) => s.name);
  const entries = view.entries.filter((e) => !names.has(e.sheet));
  const emptySheets = view.emptySheets.filter((s) => !names.has(s));
  const nearMisses = new Map([...view.nearMisses].filter(([s]) => !names.has(s)));
  const maps = readSettings(sheets)?.columnas ?? [];
  const reports = new Map([...view.reports].filter(([id]) => !names.has(id.split("#")[0] ?? "")));
  const fresh: MatrixEntry[] = [];
  for (const sheet of read) {
    if (sheet.name === SETTINGS_SHEET || sheet.name === SUMMARY_SHEET) continue;
    const matrices = detectMatrices(sheet, maps);
    const near = matrices.length === 0 ? findNearMiss(sheet) : null;
    if (matrices.length === 0) emptySheets.push(sheet.name);
    if (near) nearMisses.set(sheet.name, describeNearMiss(near));
    matrices.forEach((matrix, i) =>
      fresh.push({ id: `${sheet.name}#${i}`, sheet: sheet.name, matrix })
    );
  }
  entries.push(...fresh);
  // The articulation (V15) reads the PEI and the POI of the whole workbook: an edit of one
  // re-validates the other's matrices too.
  const articulation = workbookArticulation(sheets, entries);
  const options = { ...DEFAULT_CHECK_OPTIONS, ...measuring, articulation };
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const e of entries) {
    if (!fresh.includes(e) && !(articulation.pei && articulation.poiCodes && isArticulated(e)))
      continue;
    reports.set(e.id, checkMatrix(byName.get(e.sheet)!, e.matrix, options));
  }
  const position = (e: MatrixEntry) => order.indexOf(e.sheet);
  entries.sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id));
  const writable = hasWritableResults(sheets, { ...measuring, maps });
  return { sheets, entries, emptySheets, nearMisses, reports, maps, writable };
}
