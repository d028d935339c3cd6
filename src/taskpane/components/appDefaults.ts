import type { CustomScaleSpec } from "../../core/scales/scaleChoice";
import type { ActionSettings } from "./ActionsPanel";

/** The institutional 80/91 bands as a starting point for the editor. */
const OWN_SCALE: CustomScaleSpec = {
  levels: [
    { label: "Bajo", min: 0 },
    { label: "Medio", min: 80 },
    { label: "Alto", min: 91 },
  ],
};
export const DEFAULT_SETTINGS: ActionSettings = {
  mode: "personalizadas",
  tope: true,
  scale: { kind: "periodo" },
  period: null,
  custom: OWN_SCALE,
};

export interface Note {
  intent: "success" | "error" | "info" | "warning";
  title: string;
  text: string;
}
