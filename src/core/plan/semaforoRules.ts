import { NO_DATA_COLORS, NO_DATA_LABEL, type Scale } from "../scales/scale";
import type { PlannedRule } from "./writePlan";

/**
 * Conditional-format rules for a block of result cells whose top-left cell is `topLeft`: one per
 * level of the scale, plus sin dato (gris) and sobre-ejecución when the scale has it. They read
 * the result cells (rules that call custom functions get #CALC! in Excel).
 */
export function semaforoRules(topLeft: string, scale: Scale): PlannedRule[] {
  const v = scale.boundary === "round" ? `ROUND(${topLeft},0)` : topLeft;
  const rules: PlannedRule[] = [];
  if (scale.over) {
    rules.push({
      label: scale.over.label,
      formula: `AND(ISNUMBER(${topLeft}),${topLeft}>${scale.over.above})`,
      fill: scale.over.fill,
      font: scale.over.font,
    });
  }
  scale.levels.forEach((level, i) => {
    const next = scale.levels[i + 1];
    const parts = [`ISNUMBER(${topLeft})`];
    if (i > 0) parts.push(`${v}>=${level.min}`);
    if (next) parts.push(`${v}<${next.min}`);
    rules.push({
      label: level.label,
      formula: `AND(${parts.join(",")})`,
      fill: level.fill,
      font: level.font,
    });
  });
  // Blank or an error (#N/A: no calculable): the core's «Sin dato» (classify of null).
  rules.push({ label: NO_DATA_LABEL, formula: `NOT(ISNUMBER(${topLeft}))`, ...NO_DATA_COLORS });
  return rules;
}

/**
 * A native formula counting how many of `cells` fall in `label`'s band (for the summary). A
 * blank or an error (#N/A, no calculable) is «Sin dato», as the core classifies it; a level's
 * comparisons run only on numbers, so one error cell does not turn the count into an error.
 */
export function countLevelFormula(cells: readonly string[], label: string, scale: Scale): string {
  if (cells.length === 0) return "=0";
  const index = scale.levels.findIndex((l) => l.label === label);
  const terms = cells.map((c) => {
    if (label === NO_DATA_LABEL) return `N(NOT(ISNUMBER(${c})))`;
    if (scale.over && label === scale.over.label)
      return `IF(ISNUMBER(${c}),N(${c}>${scale.over.above}),0)`;
    const v = scale.boundary === "round" ? `ROUND(${c},0)` : c;
    const level = scale.levels[index];
    const next = scale.levels[index + 1];
    const parts: string[] = [];
    if (index > 0 && level) parts.push(`${v}>=${level.min}`);
    if (next) parts.push(`${v}<${next.min}`);
    if (scale.over) parts.push(`${c}<=${scale.over.above}`);
    return `IF(ISNUMBER(${c}),N(AND(${parts.join(",") || "TRUE"})),0)`;
  });
  return `=${terms.join("+")}`;
}
