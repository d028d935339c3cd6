import type { SavedMatrixMap } from "../columnMap/savedMap";
import type { WorkbookName } from "../planFunctions/libroMode";
import type { Measuring } from "../scales/measuring";

/**
 * How result cells are written: the add-in's custom functions (=PLAN.…), native formulas that
 * work in any Excel (portable), or calls to functions defined in the workbook itself as named
 * LAMBDAs (=AVANCE_TIPO1(…), Excel 365 and 2024).
 */
export type FormulaMode = "personalizadas" | "nativas" | "libro";

/** How to write, with the measuring choice (scale, period, tope) that `check` also takes. */
export interface PlanOptions extends Measuring {
  mode: FormulaMode;
  summary: boolean;
  /** Write over non-empty cells that are not ours (after an explicit choice). */
  force: boolean;
  /** The planner's column maps, read as saved instead of by the header vocabulary. */
  maps?: readonly SavedMatrixMap[];
}

/** One cell to write: a formula with its computed (cached) value, or a plain value. */
export interface PlannedCell {
  sheet: string;
  address: string;
  formula?: string;
  /** The value the formula computes (cached in .xlsx so the file shows numbers at once), or the value. */
  value: number | string | null;
  /** Text that must stay text even if it starts with "=" (copied labels). */
  text?: boolean;
  /**
   * A call to a workbook function: stored as a one-cell dynamic array so Excel adds no «@».
   */
  dynamic?: boolean;
  /** A portable formula that reads ranges cell by cell: stored as a one-cell array formula. */
  array?: boolean;
  /** The Excel error the formula computes («#N/A», «#VALUE!»), cached instead of a value. */
  error?: string;
  style?: "header" | "title" | "percent";
}

export interface PlannedRule {
  label: string;
  /** Formula relative to the range's top-left cell, e.g. AND(ISNUMBER(G8),G8<30). */
  formula: string;
  fill: string;
  font: string;
}

/** Conditional-format rules for one block of result cells (the semáforo). */
export interface PlannedFormat {
  sheet: string;
  range: string;
  rules: PlannedRule[];
}

export interface Conflict {
  sheet: string;
  cell: string;
  existing: string;
  reason: string;
}

export interface PlanSettings {
  /** The scale choice in its text form (core/scales/scaleChoice serializeScaleChoice). */
  escala: string;
  periodo: string;
  modo: FormulaMode;
  /** The cap (core/scales/measuring): null = each kind's own. */
  tope: boolean | null;
  /** Ranges Semáforo wrote ("Hoja!G8:G67"), so the next run recognises its own cells. */
  celdas: string[];
  /** Workbook function names Semáforo defined, so that removing takes those and only those. */
  nombres: string[];
  /** The planner's column maps (from the pane's «Definir columnas»), used by the next scan. */
  columnas: SavedMatrixMap[];
  /** Fingerprint of the summary sheet Semáforo wrote (see summaryMark.ts); absent without one. */
  resumen?: string;
}

export interface WritePlan {
  cells: PlannedCell[];
  formats: PlannedFormat[];
  /** Sheets to (re)create: the summary and the hidden settings sheet. */
  sheets: { name: string; hidden: boolean; widths?: number[] }[];
  conflicts: Conflict[];
  notes: string[];
  settings: PlanSettings;
  /** Workbook functions (named LAMBDAs) to define, in «libro» mode. */
  names: WorkbookName[];
  /** The scales used, in words and without repeats («CEPLAN anual 75 / 95»; scaleInWords). */
  scales?: string[];
  /** The summary sheet's level tables, one chart each (absent or empty without a summary). */
  summaryCharts?: SummaryChart[];
}

/** A cell position, 0-based. */
export interface CellPosition {
  row: number;
  col: number;
}

/**
 * One level table of the summary sheet, drawn as a stacked bar chart beside it: what adapters
 * need to draw it without knowing the summary's layout. Ranges are on the summary sheet.
 */
export interface SummaryChart {
  title: string;
  /** Header row and data rows, without the totals («A5:E15»): category column, then one per level. */
  range: string;
  /** The category labels (OEI or unidad orgánica), «A6:A15». */
  categories: string;
  /** One series per level, in column order: its header cell, its counts and the semáforo fill. */
  series: { label: string; header: string; values: string; fill: string }[];
  /** The chart's top-left and bottom-right cells, right of the table. */
  from: CellPosition;
  to: CellPosition;
}

export const SUMMARY_SHEET = "Resumen Semáforo";
export const SETTINGS_SHEET = "Semaforo_Ajustes";
