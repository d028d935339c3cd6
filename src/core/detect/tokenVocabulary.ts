import type { HeaderMatch } from "./concepts";

/** Matches a folded header key by its literal phrases and patterns (vocabulary.ts). */
type MatchKey = (key: string) => HeaderMatch | null;

/**
 * A header read by its words when its literal title is unknown: a pivot's «Suma de mto_pim», an
 * open-data name with a prefix (mto_pim, mto_devenga_03), or a versioned column (TAREAS_V2,
 * COD_TAREA_V1, whose version is kept so that the latest one is read).
 */
export function matchTokens(key: string, matchKey: MatchKey): HeaderMatch | null {
  const pivot = /^(?:suma|sum|total|promedio|cuenta) (?:de |of )?(.+)$/.exec(key);
  if (pivot) return matchKey(pivot[1] as string) ?? matchTokens(pivot[1] as string, matchKey);
  const version = /^(.+?) ?v(\d{1,2})$/.exec(key);
  if (version) {
    const hit = matchKey(version[1] as string);
    return hit && hit.concept !== "month" ? { ...hit, version: Number(version[2]) } : null;
  }
  const money = /^(?:mto|monto|monto de|imp|importe) (.+)$/.exec(key);
  if (money) return matchMoney(money[1] as string, matchKey);
  return null;
}

/**
 * MEF open-data amounts: mto_pim, mto_devengado (annual), the monthly mto_devenga_01…12 (a
 * family «DEV» whose sum is the devengado when no annual column exists), and the amounts Semáforo
 * leaves alone (mto_pia, mto_certificado, mto_compro_anual).
 */
function matchMoney(rest: string, matchKey: MatchKey): HeaderMatch | null {
  if (/^devenga(?:do)?$/.test(rest)) return { concept: "devengado" };
  const month = /^devenga(?:do)? (0?[1-9]|1[0-2])$/.exec(rest);
  if (month) return { concept: "exportMonth", family: "DEV", month: Number(month[1]) };
  const hit = matchKey(rest);
  if (hit) return hit;
  return /^(pia|certificad[oa]|compro(?:miso|metido)?|girado|at comp)\b/.test(rest)
    ? { concept: "institucional" }
    : null;
}
