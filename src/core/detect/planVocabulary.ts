import type { Concept, HeaderMatch } from "./concepts";

/**
 * Header phrases of programme reports (PROCOES: «Indicador | Previsto a diciembre 2018 | Logrado
 * diciembre 2018 | Previsto al final del proyecto») and of implementation plans with metas per
 * year and an X-marked cronograma (HdR-AS: «META | Línea Base | CORTO PLAZO …», «Objetivo
 * Estratégico / Línea de Acción / Acción / Actividad»), as folded keys.
 */
export const PLAN_PHRASES: [Concept, string[]][] = [
  ["previsto", ["previsto", "prevista", "meta prevista"]],
  ["logrado", ["logrado", "lograda", "alcanzado"]],
  ["previstoFinal", ["previsto al final", "meta final", "previsto al final del proyecto"]],
  ["plazo", ["plazo", "corto plazo", "mediano plazo", "largo plazo"]],
  ["cronograma", ["cronograma", "cronograma de implementacion", "cronograma de ejecucion"]],
  [
    "meta",
    [
      "metas",
      "meta actividad",
      "meta de las actividades",
      "metas de las actividades",
      "metas por ano",
    ],
  ],
  [
    "denominacion",
    [
      "objetivo estrategico linea de accion accion actividad",
      "linea de accion accion actividad",
      "accion actividad",
    ],
  ],
];

/**
 * Patterns of those headers with a cut date or a qualifier: «Previsto a diciembre 2018»,
 * «Logrado diciembre 2018*», «Previsto al final del programa», «LARGO PLAZO (2029-2030)».
 */
export function matchPlan(key: string): HeaderMatch | null {
  if (key.length > 60) return null;
  const year = /\b(20\d\d)\b/.exec(key)?.[1];
  const dated = (concept: Concept): HeaderMatch =>
    year ? { concept, year: Number(year) } : { concept };
  if (/^previst[oa] al? final\b/.test(key)) return { concept: "previstoFinal" };
  if (/^(previst[oa]|meta prevista)\b/.test(key)) return dated("previsto");
  if (/^lograd[oa]\b/.test(key)) return dated("logrado");
  if (/^(corto|mediano|largo) plazo\b/.test(key)) return { concept: "plazo" };
  if (/^cronograma\b/.test(key)) return { concept: "cronograma" };
  return null;
}
