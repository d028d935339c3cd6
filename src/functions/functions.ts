/*
 * Custom functions of the PLAN namespace. Each one is a thin wrapper: the calculation lives in
 * src/core/calc/planFunctions.ts, and each is declared once in src/core/calc/functionSpecs.ts
 * (test/functions/metadata.test.ts checks that these JSDoc texts agree with it). The help URL is
 * rewritten to the production address at build time. Arguments are typed any[][] so a cell or a range is accepted
 * (a range returns a block of the same shape) and blank or text cells reach the core untouched.
 * The metadata plugin reads these JSDoc comments to build functions.json; do not use arrow functions.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions metadata needs any[][] for mixed cells */
import { PLAN_RUNNERS as plan } from "../core/planFunctions/registry";
import { runPlanFunction } from "./excelResult";

/**
 * Avance Tipo I (%) de un indicador: valor obtenido frente al logro esperado, redondeado a 2 decimales. Ascendente: LE = 0 da 0. Descendente: LE/VO (convención usual, por confirmar con CEPLAN). No definido o Máximo permisible: VO ≤ LE da 100.
 * @customfunction AVANCE_TIPO1
 * @helpurl https://localhost:3000/ayuda.html#AVANCE_TIPO1
 * @param valor_obtenido Valor obtenido (VO) del periodo; celda o rango. En blanco = sin dato.
 * @param logro_esperado Logro esperado (LE) del año; celda o rango.
 * @param [sentido] Ascendente (predeterminado), Descendente, No definido, Máximo permisible o Mínimo permisible.
 * @param [tope] VERDADERO (predeterminado) limita a 100; FALSO muestra la sobre-ejecución.
 * @returns Avance en porcentaje, o vacío si falta el dato.
 */
export function AVANCE_TIPO1(
  valor_obtenido: any[][],
  logro_esperado: any[][],
  sentido?: any[][],
  tope?: any[][]
): any[][] {
  return runPlanFunction(plan.AVANCE_TIPO1, valor_obtenido, logro_esperado, sentido, tope);
}

/**
 * Avance Tipo II (%): progreso desde la línea base, (VO − LB) / (LE − LB) × 100. Convención usual, por confirmar con CEPLAN. Si LE = LB devuelve #N/A (no calculable). Con tope queda entre 0 y 100.
 * @customfunction AVANCE_TIPO2
 * @helpurl https://localhost:3000/ayuda.html#AVANCE_TIPO2
 * @param valor_obtenido Valor obtenido (VO); celda o rango.
 * @param logro_esperado Logro esperado (LE); celda o rango.
 * @param linea_base Valor de la línea base (LB); celda o rango.
 * @param [sentido] Ascendente o Descendente (ambas fórmulas dan el mismo cociente); se valida.
 * @param [tope] VERDADERO (predeterminado) limita entre 0 y 100; FALSO muestra el valor real.
 * @returns Avance en porcentaje.
 */
export function AVANCE_TIPO2(
  valor_obtenido: any[][],
  logro_esperado: any[][],
  linea_base: any[][],
  sentido?: any[][],
  tope?: any[][]
): any[][] {
  return runPlanFunction(
    plan.AVANCE_TIPO2,
    valor_obtenido,
    logro_esperado,
    linea_base,
    sentido,
    tope
  );
}

/**
 * Sentido del indicador deducido de la serie línea base y logros esperados, como el aplicativo CEPLAN: Ascendente, Descendente, No definido (constante) o Mixto (sube y baja).
 * @customfunction SENTIDO
 * @helpurl https://localhost:3000/ayuda.html#SENTIDO
 * @param linea_base Valor de la línea base; una celda, o una por fila.
 * @param logros_esperados Logros esperados por año, en una fila (o varias filas, una por indicador).
 * @returns El sentido por fila.
 */
export function SENTIDO(linea_base: any[][], logros_esperados: any[][]): any[][] {
  return runPlanFunction(plan.SENTIDO, linea_base, logros_esperados);
}

/**
 * Valor del periodo a partir de valores mensuales, según el tipo de acumulación. Las celdas en blanco se ignoran.
 * @customfunction ACUMULAR
 * @helpurl https://localhost:3000/ayuda.html#ACUMULAR
 * @param valores Meses en una fila (o varias filas, una por actividad).
 * @param [acumulacion] suma (Acumulado anual, predeterminado), ultimo (No acumulado); maximo y promedio son extensiones de Semáforo, no tipos de CEPLAN.
 * @returns El valor del periodo por fila.
 */
export function ACUMULAR(valores: any[][], acumulacion?: any[][]): any[][] {
  return runPlanFunction(plan.ACUMULAR, valores, acumulacion);
}

/**
 * Ejecución física (%) de una actividad operativa: ejecutado frente a programado de los meses 1 a hasta_mes. Nada programado ni ejecutado da vacío; ejecutado sin programación da #N/A.
 * @customfunction EJECUCION
 * @helpurl https://localhost:3000/ayuda.html#EJECUCION
 * @param programado Meses programados en una fila (o varias filas, una por actividad).
 * @param ejecutado Meses ejecutados, con la misma forma que programado.
 * @param [acumulacion] suma (Acumulado anual, predeterminado), ultimo (No acumulado); maximo y promedio son extensiones de Semáforo, no tipos de CEPLAN.
 * @param [hasta_mes] Último mes del periodo (1 a 12). Predeterminado: el último mes con ejecución registrada.
 * @param [tope] FALSO (predeterminado) muestra la sobre-ejecución; VERDADERO limita a 100.
 * @returns Porcentaje de ejecución por fila.
 */
export function EJECUCION(
  programado: any[][],
  ejecutado: any[][],
  acumulacion?: any[][],
  hasta_mes?: any[][],
  tope?: any[][]
): any[][] {
  return runPlanFunction(plan.EJECUCION, programado, ejecutado, acumulacion, hasta_mes, tope);
}

/**
 * Nivel del semáforo para un avance: CEPLAN_SEMESTRAL (Malo < 30 ≤ Regular < 50 ≤ Bueno), CEPLAN_ANUAL (75 / 95), INSTITUCIONAL_80_91 (Bajo / Medio / Alto) o una escala propia. En blanco da «Sin dato».
 * @customfunction SEMAFORO
 * @helpurl https://localhost:3000/ayuda.html#SEMAFORO
 * @param avance Avance en porcentaje; celda o rango.
 * @param [escala] Nombre de la escala, o un rango de filas {etiqueta, mínimo}. Predeterminado: CEPLAN_SEMESTRAL.
 * @returns La etiqueta del nivel.
 */
export function SEMAFORO(avance: any[][], escala?: any[][]): any[][] {
  return runPlanFunction(plan.SEMAFORO, avance, escala);
}

/**
 * Avance promedio (media simple) de las celdas con dato; los ceros cuentan. Es el «avance promedio de AEI» de CEPLAN.
 * @customfunction PROMEDIO_AVANCE
 * @helpurl https://localhost:3000/ayuda.html#PROMEDIO_AVANCE
 * @param avances Rango de avances en porcentaje.
 * @returns El promedio redondeado a 2 decimales, o vacío si no hay datos.
 */
export function PROMEDIO_AVANCE(avances: any[][]): any[][] {
  return runPlanFunction(plan.PROMEDIO_AVANCE, avances);
}

/**
 * Avance financiero (%) = Devengado / PIM × 100. PIM en cero o en blanco da vacío.
 * @customfunction AVANCE_FINANCIERO
 * @helpurl https://localhost:3000/ayuda.html#AVANCE_FINANCIERO
 * @param devengado Monto devengado; celda o rango.
 * @param pim Presupuesto institucional modificado (PIM); celda o rango.
 * @returns Porcentaje de avance financiero.
 */
export function AVANCE_FINANCIERO(devengado: any[][], pim: any[][]): any[][] {
  return runPlanFunction(plan.AVANCE_FINANCIERO, devengado, pim);
}

/**
 * Cuántas celdas de un rango de avances caen en un nivel del semáforo (para tablas resumen Malo / Regular / Bueno).
 * @customfunction CONTAR_NIVEL
 * @helpurl https://localhost:3000/ayuda.html#CONTAR_NIVEL
 * @param avances Rango de avances en porcentaje.
 * @param nivel Etiqueta del nivel, por ejemplo «Bueno» o «Sin dato».
 * @param [escala] Nombre de la escala o rango {etiqueta, mínimo}. Predeterminado: CEPLAN_SEMESTRAL.
 * @returns El número de celdas en ese nivel.
 */
export function CONTAR_NIVEL(avances: any[][], nivel: any[][], escala?: any[][]): any[][] {
  return runPlanFunction(plan.CONTAR_NIVEL, avances, nivel, escala);
}
