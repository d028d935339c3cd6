import { foldText } from "../text/normalize";
import type { Concept, HeaderMatch } from "./concepts";
import { ANCHOR_CONCEPTS } from "./conceptUses";
import {
  INSTITUTIONAL_PHRASES,
  isIdentifierKey,
  matchInstitutional,
} from "./institutionalVocabulary";
import { matchPlan, PLAN_PHRASES } from "./planVocabulary";
import { matchTokens } from "./tokenVocabulary";

export type { Concept, HeaderMatch };

/** Header text folded for matching: no accents, lower case, punctuation as spaces. */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/[()[\]{}:;,.\-_/\\|°º#*¹²³^]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const PHRASES: [Concept, string[]][] = [
  ["codigo", ["codigo", "cod", "codigo oei aei", "codigo del indicador"]],
  ["denominacion", ["denominacion", "descripcion", "nombre", "denominacion del objetivo"]],
  [
    "objetivoAccion",
    ["objetivo estrategico institucional accion estrategica institucional", "oei aei"],
  ],
  ["oei", ["objetivo estrategico institucional", "oei", "objetivo estrategico"]],
  ["aei", ["accion estrategica institucional", "aei", "accion estrategica"]],
  ["ue", ["ue", "unidad ejecutora"]],
  [
    "unidadOrganizacion",
    [
      "unidad de organizacion",
      "unidad organica",
      "unidad organica responsable",
      "centro de costo",
      "cc responsable",
      "organo responsable",
    ],
  ],
  ["relevancia", ["relevancia"]],
  ["sentido", ["sentido", "sentido esperado", "sentido esperado del indicador"]],
  ["tipoAgregacion", ["tipo de agregacion", "agregacion"]],
  ["lineaBase", ["linea base", "linea de base", "lb"]],
  ["anio", ["ano", "anio", "año"]],
  ["valor", ["valor"]],
  [
    "logroEsperado",
    ["logro esperado", "logros esperados", "logro esperado anual", "meta anual del indicador"],
  ],
  ["valorObtenido", ["valores obtenidos", "valor obtenido", "logro obtenido", "valor alcanzado"]],
  [
    "avanceTipo1",
    [
      "avance tipo i",
      "avance tipo i %",
      "avance tipo 1",
      "avance tipo i porcentaje",
      "avance %",
      "avance",
    ],
  ],
  ["indicador", ["indicador", "nombre del indicador", "indicadores"]],
  ["unidadMedida", ["unidad de medida", "um", "u m", "und medida", "unid medida", "unidad medida"]],
  ["responsable", ["responsable", "responsables", "area responsable"]],
  ["fechaInicio", ["fecha de inicio", "fecha inicio", "inicio"]],
  [
    "fechaFin",
    [
      "fecha de finalizacion",
      "fecha de fin",
      "fecha fin",
      "fecha de termino",
      "fecha final",
      "finalizacion",
      "termino",
    ],
  ],
  ["meta", ["meta", "meta fisica", "meta fisica anual", "meta anual"]],
  ["programacionMensual", ["programacion mensual", "programacion fisica mensual", "programacion"]],
  [
    "cantidadAnual",
    ["cantidad anual programada", "cantidad anual", "total anual", "total programado"],
  ],
  ["numero", ["numero", "nro", "n", "no", "item", "n orden"]],
  [
    "actividad",
    [
      "actividad operativa inversiones",
      "actividad operativa",
      "actividades operativas",
      "actividad operativa inversion",
      "actividades operativas inversiones",
      "ao inversion",
      "actividad operativa e inversiones",
    ],
  ],
  ["actividadId", ["actividad operativa id", "codigo ao", "codigo de la actividad operativa"]],
  ["tipoAcumulacion", ["tipo de acumulacion", "acumulacion", "acumulado"]],
  ["tipoExport", ["tipo"]],
  ["tipoLinea", ["programado ejecutado", "tipo de valor", "prog ejec"]],
  ["prioridad", ["prioridad"]],
  ["total", ["total"]],
];

const MONTHS = [
  ["enero", "ene"],
  ["febrero", "feb"],
  ["marzo", "mar"],
  ["abril", "abr"],
  ["mayo", "may"],
  ["junio", "jun"],
  ["julio", "jul"],
  ["agosto", "ago"],
  ["septiembre", "setiembre", "set", "sep"],
  ["octubre", "oct"],
  ["noviembre", "nov"],
  ["diciembre", "dic"],
];

const exact = new Map<string, HeaderMatch>();
for (const [concept, phrases] of [...PHRASES, ...INSTITUTIONAL_PHRASES, ...PLAN_PHRASES]) {
  for (const p of phrases) if (!exact.has(p)) exact.set(p, { concept });
}
MONTHS.forEach((names, i) =>
  names.forEach((n) => exact.set(n, { concept: "month", month: i + 1 }))
);
const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

/** Phrases long enough to allow one typo ("Denominacón", "Responsble"), bucketed by prefix. */
const fuzzy = new Map<string, [string, HeaderMatch][]>();
for (const [key, match] of exact) {
  if (key.length < 6) continue;
  const bucket = fuzzy.get(key.slice(0, 2)) ?? [];
  bucket.push([key, match]);
  fuzzy.set(key.slice(0, 2), bucket);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Matches one header cell. Exact phrases first, then patterns (quarters, years, semesters, the
 * Aplicativo's F(RE) 01 families, "Meta año 2024"), then one typo on longer phrases.
 */
const cache = new Map<string, HeaderMatch | null>();

export function matchHeader(text: string): HeaderMatch | null {
  if (text.length === 0 || text.length > 90) return null;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const match = matchUncached(text);
  // Sheets repeat the same texts (month names, units, UO names); a bounded cache keeps scans fast.
  if (cache.size > 20_000) cache.clear();
  cache.set(text, match);
  return match;
}

function matchUncached(text: string): HeaderMatch | null {
  const key = headerKey(text);
  if (key === "") return null;
  return matchKey(key) ?? matchTokens(key, matchKey);
}

function matchKey(key: string): HeaderMatch | null {
  const hit = exact.get(key) ?? matchInstitutional(key) ?? matchPlan(key);
  if (hit) return hit;

  let m =
    /^(i{1,3}|iv|[1-4])(?: ?er| ?do| ?ro| ?to)? trimestre$/.exec(key) ??
    /^trimestre (i{1,3}|iv|[1-4])$/.exec(key) ??
    /^t([1-4])$/.exec(key);
  if (m) return { concept: "quarter", quarter: ROMAN[m[1] as string] as number };
  m =
    /^(?:(20\d\d) )?(?:sem|semestre) ?([12]|i{1,2})$/.exec(key) ??
    /^(i{1,2}|[12]) semestre(?: (20\d\d))?$/.exec(key);
  if (m) {
    const roman = /^\d{4}$/.test(m[1] ?? "") ? m[2] : m[1];
    return { concept: "semester", semester: ROMAN[roman as string] as number };
  }
  m = /^(?:ano )?(20\d\d)$/.exec(key);
  if (m) return { concept: "year", year: Number(m[1]) };
  m = /^(20\d\d) sem ?([12])$/.exec(key);
  if (m) return { concept: "semester", year: Number(m[1]), semester: Number(m[2]) };
  // F(RE) 01 … F(RE) Total, Fn(RE) 01 (the financial family), F(E) of the multianual export.
  m = /^f(n?) ?(re|se|a|aj|cs|re p|se p|e) ?(0?[1-9]|1[0-2]|total)$/.exec(key);
  if (m) {
    const family = `${m[1] ? "FN_" : ""}${(m[2] as string).toUpperCase().replace(" ", "_")}`;
    return m[3] === "total"
      ? { concept: "exportMonth", family, total: true }
      : { concept: "exportMonth", family, month: Number(m[3]) };
  }
  m = /^motivo ?se ?(0?[1-9]|1[0-2])$/.exec(key);
  if (m) return { concept: "exportMonth", family: "MOTIVO", month: Number(m[1]) };
  if (/^(logro esperado|meta|logros esperados)( ano| al| del)? (20\d\d)$/.test(key)) {
    return { concept: "logroEsperado", year: Number(key.slice(-4)) };
  }
  if (/^(valor(es)? obtenido(s)?) (20\d\d)/.test(key)) return { concept: "valorObtenido" };
  if (/^avance tipo (i|1)\b/.test(key)) return { concept: "avanceTipo1" };
  if (/^actividad(es)? operativa(s)?\b/.test(key) && key.length < 50)
    return { concept: "actividad" };

  const bucket = fuzzy.get(key.slice(0, 2));
  if (bucket && key.length >= 6) {
    for (const [phrase, match] of bucket) if (withinOneEdit(key, phrase)) return match;
  }
  return isIdentifierKey(key) ? { concept: "institucional" } : null;
}

/** Concepts that make a row look like the header of a planning matrix (from CONCEPT_USES). */
export const ANCHORS: ReadonlySet<Concept> = ANCHOR_CONCEPTS;
