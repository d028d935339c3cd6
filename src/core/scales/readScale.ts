import type { Grid } from "../grid/grid";
import { PlanError, valueError } from "../errors";
import { parseNumberText } from "../numbers/parseNumber";
import { foldText, quote } from "../text/normalize";
import { AMARILLO, MORADO, PRESET_SCALES, ROJO, VERDE } from "./presets";
import type { Scale, ScaleLevel } from "./scale";

const DEFAULT_FILLS = [ROJO, AMARILLO, VERDE];

/**
 * Reads the `escala` argument: blank → the given default preset; a preset
 * name; or a range of rows {etiqueta, mínimo[, color]} for the institution's own scale. A row whose
 * label is "Sobre-ejecución" defines the band strictly above its mínimo.
 */
export function readScale(arg: Grid | null, fallback: string): Scale | PlanError {
  if (arg === null || (arg.length === 1 && arg[0]?.length === 1)) {
    const cell = arg?.[0]?.[0];
    const name = cell === null || cell === undefined || cell === "" ? fallback : cell;
    if (typeof name !== "string") return valueError(`Escala no reconocida: ${quote(name)}.`);
    const key = foldText(name)
      .toUpperCase()
      .replace(/[\s-]+/g, "_");
    return (
      PRESET_SCALES[key] ??
      valueError(
        `Escala no reconocida: ${quote(name)}. Use ${Object.keys(PRESET_SCALES).join(", ")} ` +
          "o un rango de filas {etiqueta, mínimo}."
      )
    );
  }
  return customScale(arg);
}

function customScale(rows: Grid): Scale | PlanError {
  const levels: ScaleLevel[] = [];
  let over: Scale["over"];
  for (const [index, row] of rows.entries()) {
    const label = typeof row[0] === "string" ? row[0].trim() : "";
    const rawMin = row[1];
    const min = typeof rawMin === "number" ? rawMin : parseNumberText(String(rawMin ?? ""));
    if (label === "" && (min === null || min === "invalid")) continue;
    if (typeof min !== "number") {
      if (index === 0) continue; // a header row such as «Etiqueta | Mínimo»
      return valueError(
        `Escala: la fila ${index + 1} (${quote(label)}) no tiene un mínimo numérico.`
      );
    }
    if (label === "") return valueError(`Escala: la fila ${index + 1} no tiene etiqueta.`);
    const color = typeof row[2] === "string" && /^#[0-9a-f]{6}$/i.test(row[2]) ? row[2] : null;
    if (foldText(label).replace(/[\s-]+/g, "") === "sobreejecucion") {
      over = { label, above: min, fill: color ?? MORADO.fill, font: MORADO.font };
      continue;
    }
    const palette = DEFAULT_FILLS[Math.min(levels.length, 2)] ?? VERDE;
    levels.push({ label, min, fill: color ?? palette.fill, font: palette.font });
  }
  if (levels.length < 2) {
    return valueError("Escala propia: se necesitan al menos dos niveles {etiqueta, mínimo}.");
  }
  levels.sort((a, b) => a.min - b.min);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]?.min === levels[i - 1]?.min) {
      return valueError(`Escala propia: dos niveles empiezan en ${levels[i]?.min}.`);
    }
  }
  const labels = new Set(levels.map((l) => foldText(l.label)));
  if (labels.size !== levels.length) return valueError("Escala propia: hay etiquetas repetidas.");
  // The lowest band covers everything below its written minimum (e.g. negative values).
  levels[0] = { ...(levels[0] as ScaleLevel), min: -Infinity };
  return { id: "PROPIA", name: "Escala propia", levels, boundary: "raw", over };
}
