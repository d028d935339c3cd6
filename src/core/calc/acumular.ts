import { PlanError, valueError } from "../errors";
import { foldText, quote } from "../text/normalize";

/**
 * How monthly values of an AO combine into a period value:
 * "suma" = Acumulado anual [SRC], "ultimo" = No acumulado (last reported level) [INF];
 * "maximo" and "promedio" are offered because the rule for non-constant levels is [UNC].
 */
export type Acumulacion = "suma" | "ultimo" | "maximo" | "promedio";

/**
 * Every way the tipo de acumulación is written: the functions' own words, the reports' labels
 * ("Acumulado Anual", "No Acumulado") and the Aplicativo export's Acumulado column (SI / NO).
 */
export const ACUMULACION_ALIASES: Record<string, Acumulacion> = {
  suma: "suma",
  si: "suma",
  no: "ultimo",
  sumar: "suma",
  "acumulado anual": "suma",
  acumulado: "suma",
  anual: "suma",
  ultimo: "ultimo",
  "no acumulado": "ultimo",
  maximo: "maximo",
  max: "maximo",
  "acumulado maximo": "maximo",
  promedio: "promedio",
  media: "promedio",
};

export function readAcumulacion(value: unknown): Acumulacion | PlanError {
  if (value === null || value === undefined) return "suma";
  const folded = typeof value === "string" ? foldText(value) : null;
  if (folded === "") return "suma";
  const mode = folded === null ? undefined : ACUMULACION_ALIASES[folded];
  return (
    mode ??
    valueError(
      `Tipo de acumulación no reconocido: ${quote(value)}. Use suma (Acumulado anual), ` +
        "ultimo (No acumulado), o las extensiones propias de Semáforo maximo y promedio (no son tipos de CEPLAN)."
    )
  );
}

/** The period value of a series; blanks (null) are ignored; all blank → "" (sin dato). */
export function acumular(values: readonly (number | null)[], mode: Acumulacion): number | "" {
  let n = 0;
  let sum = 0;
  let max = -Infinity;
  let last: number | null = null;
  for (const v of values) {
    if (v === null) continue;
    n++;
    sum += v;
    if (v > max) max = v;
    last = v;
  }
  if (n === 0 || last === null) return "";
  switch (mode) {
    case "suma":
      return sum;
    case "ultimo":
      return last;
    case "maximo":
      return max;
    case "promedio":
      return sum / n;
  }
}
