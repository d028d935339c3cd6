import { roundHalfUp } from "../numbers/round";
import { PlanError, notAvailable } from "../errors";
import type { Sentido } from "./sentido";

/** A calculated cell: a number, "" for *sin dato*, or a domain error. */
export type Avance = number | "" | PlanError;

/**
 * Avance Tipo I in percent, rounded half-up to 2 decimals.
 *   ascendente:         LE = 0 → 0, else VO / LE × 100       [SEED]
 *   descendente:        VO = 0 → 100, else LE / VO × 100     [UNC, practitioner convention]
 *   máximo permisible:  VO ≤ LE → 100, else LE / VO × 100    [SEED for VO ≤ LE]
 *   mínimo permisible:  VO ≥ LE → 100, else VO / LE × 100    [UNC]
 * `tope` caps at 100; without it the real value shows sobre-ejecución. null inputs are sin dato.
 */
export function avanceTipo1(
  vo: number | null,
  le: number | null,
  sentido: Sentido,
  tope: boolean
): Avance {
  if (vo === null || le === null) return "";
  const raw = rawTipo1(vo, le, sentido);
  return roundHalfUp(tope ? Math.min(100, raw) : raw, 2);
}

function rawTipo1(vo: number, le: number, sentido: Sentido): number {
  switch (sentido) {
    case "ascendente":
      return le === 0 ? 0 : (vo / le) * 100;
    case "descendente":
      return vo === 0 ? 100 : (le / vo) * 100;
    case "maximo_permisible":
      return vo <= le ? 100 : (le / vo) * 100;
    case "minimo_permisible":
      if (vo >= le) return 100;
      return le === 0 ? 0 : (vo / le) * 100;
  }
}

/**
 * Avance Tipo II in percent [UNC]: progress from the línea base,
 * (VO − LB) / (LE − LB) × 100. The descending form (LB − VO) / (LB − LE) is the same quotient, so
 * the sentido does not change the number; LE = LB is "no calculable" (#N/A). With `tope` the
 * result is floored at 0 and capped at 100.
 */
export function avanceTipo2(
  vo: number | null,
  le: number | null,
  lb: number | null,
  tope: boolean
): Avance {
  if (vo === null || le === null || lb === null) return "";
  if (le === lb) {
    return notAvailable(
      "Avance Tipo II no calculable: el logro esperado es igual a la línea base."
    );
  }
  const raw = ((vo - lb) / (le - lb)) * 100;
  return roundHalfUp(tope ? Math.max(0, Math.min(100, raw)) : raw, 2);
}

/** Avance financiero = Devengado / PIM × 100 [INF, MEF convention]; PIM 0 or blank → sin dato. */
export function avanceFinanciero(devengado: number | null, pim: number | null): Avance {
  if (devengado === null || pim === null || pim === 0) return "";
  return roundHalfUp((devengado / pim) * 100, 2);
}
