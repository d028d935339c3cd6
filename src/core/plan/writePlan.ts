import type { Period } from "../detect/matrix";
import type { Scale } from "../scales/scale";

/** How avance cells are written: custom functions (=PLAN.…) or native formulas (portable). */
export type FormulaMode = "personalizadas" | "nativas";

export interface PlanOptions {
  mode: FormulaMode;
  /** Cap avances at 100 (CEPLAN's Tipo I is capped). */
  tope: boolean;
  /** The scale name (preset); null picks CEPLAN's for each matrix's period. */
  scaleName: string | null;
  /** The institution's own scale (from the task pane's editor); overrides scaleName. */
  customScale?: Scale;
  /** Overrides the detected period (semestral / anual / trimestral) for the default scale. */
  period: Period | null;
  summary: boolean;
  /** Write over non-empty cells that are not ours (after an explicit choice). */
  force: boolean;
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
  escala: string;
  periodo: string;
  modo: FormulaMode;
  tope: boolean;
  /** Ranges Semáforo wrote ("Hoja!G8:G67"), so the next run recognises its own cells. */
  celdas: string[];
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
}

export const SUMMARY_SHEET = "Resumen Semáforo";
export const SETTINGS_SHEET = "Semaforo_Ajustes";
