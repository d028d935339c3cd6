import type { Period } from "../detect/matrix";
import type { Scale } from "./scale";
import { PERIOD_CHOICE, resolveScaleChoice, type ScaleChoice } from "./scaleChoice";

/**
 * The one measuring choice: which scale, which period and whether avances are capped. `check`,
 * `apply`, the task pane, the settings sheet and the summary all take this one value, so a
 * planner sees the same avance and the same level everywhere. Its defaults are stated here once
 * (and in the README): CEPLAN's scale for each matrix's own period, and each kind's own cap.
 */
export interface Measuring {
  /** The semáforo scale: CEPLAN's for each matrix's period, a preset, or the institution's own. */
  scale: ScaleChoice;
  /** Overrides each matrix's detected period (it picks CEPLAN's scale); null: the matrix's own. */
  period: Period | null;
  /**
   * Caps avances at 100: true for every result, false for none, null for each kind's own
   * (PEI and plan avances capped, as CEPLAN's Tipo I; POI % ejecución shown as it is).
   */
  tope: boolean | null;
}

export const DEFAULT_MEASURING: Measuring = { scale: PERIOD_CHOICE, period: null, tope: null };

/** The scale a measuring choice gives a matrix detected with `matrixPeriod`. */
export function measuringScale(
  measuring: Pick<Measuring, "scale"> & Partial<Measuring>,
  matrixPeriod: Period
): Scale {
  return resolveScaleChoice(measuring.scale, measuring.period ?? matrixPeriod);
}

/** The cap as the settings sheet stores it (read back by parseTope). */
export function serializeTope(tope: boolean | null): string {
  return tope === null ? TOPE_BY_KIND : tope ? "VERDADERO" : "FALSO";
}

const TOPE_BY_KIND = "según el tipo";

/** The stored cap; sheets written before the per-kind default stored only VERDADERO / FALSO. */
export function parseTope(text: string | undefined): boolean | null {
  if (text === "VERDADERO") return true;
  if (text === "FALSO") return false;
  return null;
}

/** The cap in words, for messages: «con tope de 100 %», «sin tope», «tope según el tipo…». */
export function describeTope(tope: boolean | null): string {
  if (tope === null) return "tope de 100 % en avances PEI, ejecución POI sin tope";
  return tope ? "con tope de 100 %" : "sin tope";
}

/**
 * A scale named in words with its thresholds, as the pane and the CLI say it:
 * «CEPLAN anual 75 / 95», «Institucional 80 / 91», «escala propia 80 / 91».
 */
export function scaleInWords(scale: Scale): string {
  const base = scale.id === "PROPIA" ? "escala propia" : scale.name.replace(/\s*[(\d].*$/, "");
  const bounds = scale.levels.slice(1).map((l) => l.min);
  const round = scale.boundary === "round" ? ", redondeando al entero" : "";
  return `${base} ${bounds.join(" / ")}${round}`;
}
