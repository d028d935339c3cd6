import type { Period } from "../detect/matrix";
import { foldText } from "../text/normalize";
import { AMARILLO, MORADO, PRESET_SCALES, ROJO, VERDE } from "./presets";
import type { Scale, ScaleLevel } from "./scale";

/**
 * The one vocabulary for "which semáforo scale": CEPLAN's for the matrix's period, a preset, or the
 * institution's own levels. The CLI (--escala), the task pane and the hidden settings sheet all
 * speak it, so what a planner chooses is what is recorded and what validation uses.
 */
export type ScaleChoice =
  { kind: "periodo" } | { kind: "preset"; id: string } | { kind: "propia"; spec: CustomScaleSpec };

/** An institution's own scale as a planner writes it: labels with their lower bounds (0–100). */
export interface CustomScaleSpec {
  levels: { label: string; min: number; fill?: string }[];
  /** Optional sobre-ejecución band: values strictly above `above`. */
  over?: { label: string; above: number };
  /** "raw" (default): lower bound inclusive on the value; "round": round to a whole % first. */
  boundary?: "raw" | "round";
}

/** A problem with one field of a custom scale, for the pane to show at the field. */
export interface ScaleFieldError {
  field: "label" | "min" | "over" | "levels";
  /** Index of the level (0-based), when the error belongs to one. */
  index?: number;
  message: string;
}

export const PERIOD_CHOICE: ScaleChoice = { kind: "periodo" };
const PERIOD_TEXT = "periodo";
/** What settings sheets written before this vocabulary recorded for "by period". */
const LEGACY_PERIOD_TEXT = "ceplan (segun el periodo)";

const PALETTE = [ROJO, AMARILLO, VERDE];
export const HEX = /^#[0-9a-f]{6}$/i;

/** Checks a custom scale: labels present and distinct, minimums rising within 0–100. */
export function validateCustomScale(spec: CustomScaleSpec): ScaleFieldError[] {
  const errors: ScaleFieldError[] = [];
  if (spec.levels.length < 2) {
    errors.push({ field: "levels", message: "La escala necesita al menos dos niveles." });
  }
  const seen = new Set<string>();
  spec.levels.forEach((level, index) => {
    const label = level.label.trim();
    const n = index + 1;
    if (label === "")
      errors.push({ field: "label", index, message: `El nivel ${n} no tiene etiqueta.` });
    else if (seen.has(foldText(label)))
      errors.push({ field: "label", index, message: `La etiqueta «${label}» se repite.` });
    seen.add(foldText(label));
    if (!Number.isFinite(level.min) || level.min < 0 || level.min > 100) {
      errors.push({
        field: "min",
        index,
        message: `El mínimo del nivel ${n} debe estar entre 0 y 100.`,
      });
      return;
    }
    const previous = spec.levels[index - 1];
    if (previous && Number.isFinite(previous.min) && level.min <= previous.min) {
      errors.push({
        field: "min",
        index,
        message: `El mínimo del nivel ${n} (${level.min}) debe ser mayor que el del nivel ${n - 1} (${previous.min}).`,
      });
    }
  });
  if (spec.over) {
    const last = spec.levels[spec.levels.length - 1];
    if (spec.over.label.trim() === "")
      errors.push({ field: "over", message: "La banda de sobre-ejecución no tiene etiqueta." });
    if (!Number.isFinite(spec.over.above) || (last && spec.over.above < last.min))
      errors.push({
        field: "over",
        message: "La sobre-ejecución debe empezar por encima del mínimo del nivel más alto.",
      });
  }
  return errors;
}

/** The Scale a custom spec describes (validate first: this assumes a valid spec). */
export function customScaleOf(spec: CustomScaleSpec): Scale {
  const levels: ScaleLevel[] = spec.levels.map((l, i) => {
    const palette = PALETTE[Math.min(i, PALETTE.length - 1)] ?? VERDE;
    return {
      label: l.label.trim(),
      // The lowest band covers everything below its written minimum (e.g. negative values).
      min: i === 0 ? -Infinity : l.min,
      fill: l.fill && HEX.test(l.fill) ? l.fill : palette.fill,
      font: palette.font,
    };
  });
  const over = spec.over
    ? { label: spec.over.label.trim(), above: spec.over.above, ...MORADO }
    : undefined;
  return { id: "PROPIA", name: "Escala propia", levels, boundary: spec.boundary ?? "raw", over };
}

/** The scale CEPLAN uses for a period: semestral 30/50, otherwise anual 75/95. */
export function scaleForPeriod(period: Period): Scale {
  return (
    period === "semestral" ? PRESET_SCALES.CEPLAN_SEMESTRAL : PRESET_SCALES.CEPLAN_ANUAL
  ) as Scale;
}

/** The scale a choice means for a matrix of the given period. */
export function resolveScaleChoice(choice: ScaleChoice, period: Period): Scale {
  switch (choice.kind) {
    case "periodo":
      return scaleForPeriod(period);
    case "preset":
      return PRESET_SCALES[choice.id] ?? scaleForPeriod(period);
    case "propia":
      return customScaleOf(choice.spec);
  }
}

/** Spanish name of a choice, for messages and the summary sheet. */
export function describeScaleChoice(choice: ScaleChoice): string {
  switch (choice.kind) {
    case "periodo":
      return "CEPLAN según el periodo";
    case "preset":
      return PRESET_SCALES[choice.id]?.name ?? choice.id;
    case "propia":
      return `Escala propia (${formatCustomScale(choice.spec)})`;
  }
}

/** "Bajo:0,Medio:80,Alto:91,Sobre-ejecución>100": the text form used by --escala and settings. */
export function formatCustomScale(spec: CustomScaleSpec): string {
  const parts = spec.levels.map((l) => `${l.label.trim()}:${l.min}`);
  if (spec.over) parts.push(`${spec.over.label.trim()}>${spec.over.above}`);
  return parts.join(",") + (spec.boundary === "round" ? ";redondeo" : "");
}

/** The text a settings sheet stores for a choice (read back exactly by parseScaleChoice). */
export function serializeScaleChoice(choice: ScaleChoice): string {
  switch (choice.kind) {
    case "periodo":
      return PERIOD_TEXT;
    case "preset":
      return choice.id;
    case "propia":
      return formatCustomScale(choice.spec);
  }
}

/** Result of reading a choice from text: the choice, or a Spanish message naming the bad part. */
export type ParsedChoice = { ok: true; choice: ScaleChoice } | { ok: false; message: string };

/**
 * Reads a scale choice written as text: "periodo", a preset name (any case, spaces or dashes for
 * "_"), or levels "Bajo:0,Medio:80,Alto:91" with an optional "Sobre-ejecución>100" and
 * ";redondeo". Errors say which level is wrong.
 */
export function parseScaleChoice(text: string): ParsedChoice {
  const folded = foldText(text);
  if (folded === "" || folded === PERIOD_TEXT || folded === LEGACY_PERIOD_TEXT) {
    return { ok: true, choice: PERIOD_CHOICE };
  }
  const key = folded.toUpperCase().replace(/[\s-]+/g, "_");
  if (PRESET_SCALES[key]) return { ok: true, choice: { kind: "preset", id: key } };
  if (!text.includes(":")) {
    return {
      ok: false,
      message:
        `Escala no reconocida: «${text}». Use ${Object.keys(PRESET_SCALES).join(", ")}, ` +
        "o niveles propios como «Bajo:0,Medio:80,Alto:91».",
    };
  }
  const [body, flag] = text.split(";").map((s) => s.trim()) as [string, string | undefined];
  const spec: CustomScaleSpec = {
    levels: [],
    boundary: foldText(flag ?? "") === "redondeo" ? "round" : "raw",
  };
  for (const [i, part] of body.split(",").entries()) {
    const over = /^(.*)>\s*([\d.]+)\s*$/.exec(part);
    if (over) {
      spec.over = { label: (over[1] as string).trim(), above: Number(over[2]) };
      continue;
    }
    const m = /^(.*):\s*(-?[\d.]+)\s*$/.exec(part);
    if (!m) {
      return {
        ok: false,
        message: `Escala propia: el nivel ${i + 1} («${part.trim()}») no tiene la forma Etiqueta:mínimo.`,
      };
    }
    spec.levels.push({ label: (m[1] as string).trim(), min: Number(m[2]) });
  }
  return checked(spec);
}

/** The choice of a custom scale, or the first reason it is not valid. */
export function checked(spec: CustomScaleSpec): ParsedChoice {
  const errors = validateCustomScale(spec);
  if (errors.length > 0) return { ok: false, message: `Escala propia: ${errors[0]?.message}` };
  return { ok: true, choice: { kind: "propia", spec } };
}
