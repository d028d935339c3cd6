import { roundHalfUp } from "../numbers/round";

/** One band of a semáforo scale: values from `min` (inclusive) up to the next band's min. */
export interface ScaleLevel {
  label: string;
  min: number;
  fill: string;
  font: string;
}

/**
 * A semáforo scale. `boundary` states how a value meets the written bounds:
 * "raw" compares the value as it is (lower bound inclusive, the default); "round" rounds it to a
 * whole percent first (79.5 → 80). `over` is the optional sobre-ejecución band: values strictly
 * above `above` (uncapped avances).
 */
export interface Scale {
  id: string;
  name: string;
  levels: ScaleLevel[];
  boundary: "raw" | "round";
  over?: { label: string; above: number; fill: string; font: string };
}

export const NO_DATA_LABEL = "Sin dato";
export const NO_DATA_COLORS = { fill: "#D9D9D9", font: "#404040" } as const;

/** The level label of a value on a scale; null (blank) is "Sin dato". */
export function classify(value: number | null, scale: Scale): string {
  if (value === null) return NO_DATA_LABEL;
  if (scale.over && value > scale.over.above) return scale.over.label;
  const v = scale.boundary === "round" ? roundHalfUp(value, 0) : value;
  const levels = scale.levels;
  let chosen = levels[0] as ScaleLevel;
  for (const level of levels) {
    if (v >= level.min) chosen = level;
    else break;
  }
  return chosen.label;
}

/** Every label a value can get on this scale, lowest first, then sobre-ejecución and sin dato. */
export function scaleLabels(scale: Scale): string[] {
  return [
    ...scale.levels.map((l) => l.label),
    ...(scale.over ? [scale.over.label] : []),
    NO_DATA_LABEL,
  ];
}
