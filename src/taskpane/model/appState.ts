import { WorkbookStop } from "../../core/port/workbookPort";
import type { CustomScaleSpec } from "../../core/scales/scaleChoice";
import { DEFAULT_MEASURING } from "../../core/scales/measuring";
import type { ActionSettings } from "../components/ActionsPanel";
import { measuringOfSettings } from "../../core/plan/settings";
import type { PlanSettings } from "../../core/plan/writePlan";

/** A message at the top of the pane. */
export interface Note {
  intent: "success" | "error" | "info" | "warning";
  title: string;
  text: string;
  /** A button in the message that does what it suggests. */
  action?: "portatiles";
}

const OWN_SCALE: CustomScaleSpec = {
  levels: [
    { label: "Bajo", min: 0 },
    { label: "Medio", min: 80 },
    { label: "Alto", min: 91 },
  ],
};

export const DEFAULT_SETTINGS: ActionSettings = {
  ...DEFAULT_MEASURING,
  mode: "personalizadas",
  custom: OWN_SCALE,
};

const TITLES: Record<WorkbookStop["reason"], string> = {
  changed: "Los datos cambiaron",
  protected: "Hoja protegida",
  cancelled: "Cancelado",
  "rolled-back": "No se pudo escribir",
  excel: "Excel no pudo completar la operación",
};

/**
 * The note for a failure: the port's WorkbookStop already speaks Spanish with a next step; any
 * other error (a bug) gets a Spanish sentence instead of its English text.
 */
export function describeFailure(error: unknown, title: string): Note {
  if (error instanceof WorkbookStop) {
    return {
      intent: error.reason === "cancelled" ? "info" : "error",
      title: error.reason === "excel" ? title : TITLES[error.reason],
      text: error.message,
    };
  }
  return {
    intent: "error",
    title,
    text:
      "Ocurrió un problema inesperado y no se cambió nada. Vuelva a intentarlo; si se repite, " +
      "cierre y abra el panel.",
  };
}

/** The pane's settings with what a previous run stored in the workbook (scale, period, tope, mode). */
export function withStoredSettings(s: ActionSettings, stored: PlanSettings): ActionSettings {
  const measuring = measuringOfSettings(stored, s);
  const custom = measuring.scale.kind === "propia" ? measuring.scale.spec : s.custom;
  return { ...s, ...measuring, mode: stored.modo, custom };
}

/** Whether the scale, period or tope differ: the counts must then be made again. */
export const measuringChanged = (a: ActionSettings, b: ActionSettings): boolean =>
  JSON.stringify(a.scale) !== JSON.stringify(b.scale) || a.period !== b.period || a.tope !== b.tope;
