import { PlanError, valueError } from "../errors";
import { foldText, quote } from "../text/normalize";

/**
 * How an avance is computed for an indicator. "No definido" (neutral) behaves as "Máximo
 * permisible", the only neutral form seen in the Aplicativo; "Mínimo permisible"
 * is the symmetric rule, assumed [UNC].
 */
export type Sentido = "ascendente" | "descendente" | "maximo_permisible" | "minimo_permisible";

export const SENTIDO_ALIASES: Record<string, Sentido> = {
  ascendente: "ascendente",
  asc: "ascendente",
  creciente: "ascendente",
  descendente: "descendente",
  desc: "descendente",
  decreciente: "descendente",
  "no definido": "maximo_permisible",
  neutral: "maximo_permisible",
  "maximo permisible": "maximo_permisible",
  "no definido / maximo permisible": "maximo_permisible",
  "minimo permisible": "minimo_permisible",
  "no definido / minimo permisible": "minimo_permisible",
};

/** Parses a sentido label (case and accent insensitive); blank gives "ascendente". */
export function readSentido(value: unknown): Sentido | PlanError {
  if (value === null || value === undefined) return "ascendente";
  if (typeof value !== "string") {
    return valueError(`Sentido no reconocido: ${quote(value)}.`);
  }
  const folded = foldText(value);
  if (folded === "") return "ascendente";
  const sentido = SENTIDO_ALIASES[folded];
  if (sentido) return sentido;
  if (folded === "mixto") {
    return valueError(
      "Sentido «Mixto»: los logros esperados suben y bajan; indique el sentido del indicador."
    );
  }
  return valueError(
    `Sentido no reconocido: ${quote(value)}. Use Ascendente, Descendente, No definido, ` +
      "Máximo permisible o Mínimo permisible."
  );
}

export type InferredSentido = "Ascendente" | "Descendente" | "No definido" | "Mixto";

/**
 * Infers the sentido from the series línea base, LE₁…LEₙ as the Aplicativo does:
 * all steps ≥ 0 with one rise → Ascendente; all ≤ 0 with one fall → Descendente; all equal →
 * No definido; rises and falls → Mixto. Blank entries are skipped; fewer than two values give null.
 */
export function inferSentido(series: readonly number[]): InferredSentido | null {
  if (series.length < 2) return null;
  let rises = 0;
  let falls = 0;
  for (let i = 1; i < series.length; i++) {
    const d = (series[i] as number) - (series[i - 1] as number);
    if (d > 0) rises++;
    else if (d < 0) falls++;
  }
  if (rises > 0 && falls > 0) return "Mixto";
  if (rises > 0) return "Ascendente";
  if (falls > 0) return "Descendente";
  return "No definido";
}
