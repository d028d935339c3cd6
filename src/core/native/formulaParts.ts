import type { Sentido } from "../calc/sentido";
import type { Scale } from "../scales/scale";

/**
 * The arithmetic of the PLAN functions as native formula fragments, shared by the portable twins
 * (each function's nativeTwin in core/planFunctions, whose operands are cell references) and the
 * workbook functions (each function's lambdaBody, whose operands are LAMBDA parameters and LET
 * names). Operands are number
 * expressions; `tope` is either fixed when the formula is built (a boolean) or decided by the
 * sheet (a logical expression).
 */
export type Tope = boolean | string;

export const esc = (text: string) => text.replace(/"/g, '""');

/** `expr` limited to 100 when tope applies. */
export function cap(expr: string, tope: Tope): string {
  if (typeof tope === "boolean") return tope ? `MIN(100,${expr})` : expr;
  return `IF(${tope},MIN(100,${expr}),${expr})`;
}

/** `IF(OR(blank tests),"",body)`: the "sin dato" guard of the avance formulas. */
export const anyBlank = (tests: readonly string[]) => `OR(${tests.join(",")})`;

/** Avance Tipo I for one sentido, on number expressions V (valor obtenido) and L (logro esperado). */
export function avanceTipo1Expr(V: string, L: string, sentido: Sentido, tope: Tope): string {
  switch (sentido) {
    case "ascendente":
      return `IF(${L}=0,0,ROUND(${cap(`${V}/${L}*100`, tope)},2))`;
    case "descendente":
      return `IF(${V}=0,100,ROUND(${cap(`${L}/${V}*100`, tope)},2))`;
    case "maximo_permisible":
      return `IF(${V}<=${L},100,ROUND(${cap(`${L}/${V}*100`, tope)},2))`;
    case "minimo_permisible":
      return `IF(${V}>=${L},100,IF(${L}=0,0,ROUND(${cap(`${V}/${L}*100`, tope)},2)))`;
  }
}

/** Avance Tipo II on V, L and B (línea base); #N/A when LE = LB. */
export function avanceTipo2Expr(V: string, L: string, B: string, tope: Tope): string {
  const raw = `(${V}-${B})/(${L}-${B})*100`;
  const bounded =
    typeof tope === "boolean"
      ? tope
        ? `MAX(0,MIN(100,${raw}))`
        : raw
      : `IF(${tope},MAX(0,MIN(100,${raw})),${raw})`;
  return `IF(${L}=${B},NA(),ROUND(${bounded},2))`;
}

/** Devengado / PIM × 100; PIM 0 gives blank. */
export const avanceFinancieroExpr = (D: string, P: string) =>
  `IF(${P}=0,"",ROUND(${D}/${P}*100,2))`;

/** Ejecución from the period values of programado (SP) and ejecutado (SE). */
export const ejecucionRatioExpr = (SP: string, SE: string, tope: Tope) =>
  `IF(${SP}=0,IF(${SE}=0,"",NA()),ROUND(${cap(`${SE}/${SP}*100`, tope)},2))`;

/** Mean of `count` values summing `sum`, blank when there are none. */
export const promedioExpr = (sum: string, count: string) =>
  `IF(${count}=0,"",ROUND(${sum}/${count},2))`;

/**
 * The level label of the number `raw` on a scale (not the "Sin dato" case): nested IFs from the
 * highest band down, then sobre-ejecución. Only IF and comparisons, so it also works cell by cell
 * over an array.
 */
export function scaleLevelExpr(raw: string, scale: Scale): string {
  const v = scale.boundary === "round" ? `ROUND(${raw},0)` : raw;
  const levels = scale.levels;
  let expr = `"${esc((levels[0] as Scale["levels"][number]).label)}"`;
  for (const level of levels.slice(1)) {
    expr = `IF(${v}>=${level.min},"${esc(level.label)}",${expr})`;
  }
  if (scale.over) expr = `IF(${raw}>${scale.over.above},"${esc(scale.over.label)}",${expr})`;
  return expr;
}
