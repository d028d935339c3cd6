import { roundHalfUp } from "../numbers/round";
import { notAvailable, valueError } from "../errors";
import { acumular, type Acumulacion } from "./acumular";
import type { Avance } from "./avance";

/**
 * POI physical execution % over months 1..hastaMes:
 * period(ejecutado) / period(programado) × 100 with the AO's tipo de acumulación.
 * - hastaMes null: the last month with an executed value; none → "" (nothing reported yet).
 * - hastaMes given: the period is closed, so blank executed months count as 0.
 * - nothing programmed and nothing executed → ""; executed with nothing programmed → #N/A.
 * The cap at 100 is optional because CEPLAN's own practice is [UNC]; the default shows real values.
 */
export function ejecucion(
  programado: readonly (number | null)[],
  ejecutado: readonly (number | null)[],
  mode: Acumulacion,
  hastaMes: number | null,
  tope: boolean
): Avance {
  const months = Math.max(programado.length, ejecutado.length);
  let h: number;
  let executed: (number | null)[];
  if (hastaMes === null) {
    h = lastReported(ejecutado);
    if (h === 0) return "";
    executed = ejecutado.slice(0, h);
  } else {
    if (!Number.isInteger(hastaMes) || hastaMes < 1 || hastaMes > months) {
      return valueError(`hasta_mes debe ser un mes entre 1 y ${months}; se recibió ${hastaMes}.`);
    }
    h = hastaMes;
    executed = Array.from({ length: h }, (_, i) => ejecutado[i] ?? 0);
  }
  const p = acumular(programado.slice(0, h), mode);
  const e = acumular(executed, mode);
  const prog = p === "" ? 0 : p;
  const exec = e === "" ? 0 : e;
  if (prog === 0) {
    return exec === 0 ? "" : notAvailable("Ejecutado sin programación en el periodo.");
  }
  const raw = (exec / prog) * 100;
  return roundHalfUp(tope ? Math.min(100, raw) : raw, 2);
}

function lastReported(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i + 1;
  return 0;
}
