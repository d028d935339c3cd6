/**
 * The PLAN functions declared once: name, Spanish description, parameters and examples. The core
 * runners (planFunctions.ts) take their argument names from here, and the CLI's `calc`, the README
 * table, the help page and the custom-functions metadata test read it.
 */
export const FUNCTION_NAMES = [
  "AVANCE_TIPO1",
  "AVANCE_TIPO2",
  "SENTIDO",
  "ACUMULAR",
  "EJECUCION",
  "SEMAFORO",
  "PROMEDIO_AVANCE",
  "AVANCE_FINANCIERO",
  "CONTAR_NIVEL",
] as const;

export type PlanFunctionName = (typeof FUNCTION_NAMES)[number];

/** How a parameter is written, for the help page and the CLI. */
export type ParamKind = "valor" | "serie" | "texto" | "logico" | "escala" | "mes";

export interface FunctionParam {
  name: string;
  kind: ParamKind;
  optional: boolean;
  /** Spanish help: the JSDoc @param text, shown by Excel when typing the argument. */
  help: string;
}

export interface FunctionExample {
  /** The arguments as the CLI takes them ("1;0;1" for a series, "" for a blank cell). */
  args: string[];
  /** What `semaforo calc` prints for them. */
  result: string;
  /** A Spanish note on the example, for the help page. */
  note?: string;
}

/** One PLAN function. */
export interface FunctionSpec {
  name: PlanFunctionName;
  /** Spanish description: the JSDoc text Excel shows (a test checks they agree). */
  description: string;
  returns: string;
  params: FunctionParam[];
  examples: FunctionExample[];
}

const param = (name: string, kind: ParamKind, help: string, optional = false): FunctionParam => ({
  name,
  kind,
  optional,
  help,
});

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "AVANCE_TIPO1",
    description:
      "Avance Tipo I (%) de un indicador: valor obtenido frente al logro esperado, redondeado a 2 decimales. Ascendente: LE = 0 da 0. Descendente: LE/VO (convención usual, por confirmar con CEPLAN). No definido o Máximo permisible: VO ≤ LE da 100.",
    returns: "Avance en porcentaje, o vacío si falta el dato.",
    params: [
      param(
        "valor_obtenido",
        "valor",
        "Valor obtenido (VO) del periodo; celda o rango. En blanco = sin dato."
      ),
      param("logro_esperado", "valor", "Logro esperado (LE) del año; celda o rango."),
      param(
        "sentido",
        "texto",
        "Ascendente (predeterminado), Descendente, No definido, Máximo permisible o Mínimo permisible.",
        true
      ),
      param(
        "tope",
        "logico",
        "VERDADERO (predeterminado) limita a 100; FALSO muestra la sobre-ejecución.",
        true
      ),
    ],
    examples: [
      { args: ["42.72", "46.36"], result: "92.15", note: "Lares, AEI.03.01" },
      { args: ["760", "855", "No definido"], result: "100", note: "Máximo permisible: VO ≤ LE" },
      { args: ["1,295.60", "3,047.00"], result: "42.52", note: "números escritos como texto" },
    ],
  },
  {
    name: "AVANCE_TIPO2",
    description:
      "Avance Tipo II (%): progreso desde la línea base, (VO − LB) / (LE − LB) × 100. Convención usual, por confirmar con CEPLAN. Si LE = LB devuelve #N/A (no calculable). Con tope queda entre 0 y 100.",
    returns: "Avance en porcentaje.",
    params: [
      param("valor_obtenido", "valor", "Valor obtenido (VO); celda o rango."),
      param("logro_esperado", "valor", "Logro esperado (LE); celda o rango."),
      param("linea_base", "valor", "Valor de la línea base (LB); celda o rango."),
      param(
        "sentido",
        "texto",
        "Ascendente o Descendente (ambas fórmulas dan el mismo cociente); se valida.",
        true
      ),
      param(
        "tope",
        "logico",
        "VERDADERO (predeterminado) limita entre 0 y 100; FALSO muestra el valor real.",
        true
      ),
    ],
    examples: [{ args: ["3", "4", "1"], result: "66.67", note: "LB 1, LE 4, VO 3" }],
  },
  {
    name: "SENTIDO",
    description:
      "Sentido del indicador deducido de la serie línea base y logros esperados, como el aplicativo CEPLAN: Ascendente, Descendente, No definido (constante) o Mixto (sube y baja).",
    returns: "El sentido por fila.",
    params: [
      param("linea_base", "valor", "Valor de la línea base; una celda, o una por fila."),
      param(
        "logros_esperados",
        "serie",
        "Logros esperados por año, en una fila (o varias filas, una por indicador)."
      ),
    ],
    examples: [{ args: ["855", "855;855;855"], result: "No definido" }],
  },
  {
    name: "ACUMULAR",
    description:
      "Valor del periodo a partir de valores mensuales, según el tipo de acumulación. Las celdas en blanco se ignoran.",
    returns: "El valor del periodo por fila.",
    params: [
      param("valores", "serie", "Meses en una fila (o varias filas, una por actividad)."),
      param(
        "acumulacion",
        "texto",
        "suma (Acumulado anual, predeterminado), ultimo (No acumulado); maximo y promedio son extensiones de Semáforo, no tipos de CEPLAN.",
        true
      ),
    ],
    examples: [{ args: ["1;2;3", "ultimo"], result: "3", note: "No acumulado: el último nivel" }],
  },
  {
    name: "EJECUCION",
    description:
      "Ejecución física (%) de una actividad operativa: ejecutado frente a programado de los meses 1 a hasta_mes. Nada programado ni ejecutado da vacío; ejecutado sin programación da #N/A.",
    returns: "Porcentaje de ejecución por fila.",
    params: [
      param(
        "programado",
        "serie",
        "Meses programados en una fila (o varias filas, una por actividad)."
      ),
      param("ejecutado", "serie", "Meses ejecutados, con la misma forma que programado."),
      param(
        "acumulacion",
        "texto",
        "suma (Acumulado anual, predeterminado), ultimo (No acumulado); maximo y promedio son extensiones de Semáforo, no tipos de CEPLAN.",
        true
      ),
      param(
        "hasta_mes",
        "mes",
        "Último mes del periodo (1 a 12). Predeterminado: el último mes con ejecución registrada.",
        true
      ),
      param(
        "tope",
        "logico",
        "FALSO (predeterminado) muestra la sobre-ejecución; VERDADERO limita a 100.",
        true
      ),
    ],
    examples: [
      { args: ["0;0;1;0;0", "1;0;1;0;0"], result: "200", note: "AO AOI00012700428, enero a mayo" },
    ],
  },
  {
    name: "SEMAFORO",
    description:
      "Nivel del semáforo para un avance: CEPLAN_SEMESTRAL (Malo < 30 ≤ Regular < 50 ≤ Bueno), CEPLAN_ANUAL (75 / 95), INSTITUCIONAL_80_91 (Bajo / Medio / Alto) o una escala propia. En blanco da «Sin dato».",
    returns: "La etiqueta del nivel.",
    params: [
      param("avance", "valor", "Avance en porcentaje; celda o rango."),
      param(
        "escala",
        "escala",
        "Nombre de la escala, o un rango de filas {etiqueta, mínimo}. Predeterminado: CEPLAN_SEMESTRAL.",
        true
      ),
    ],
    examples: [
      { args: ["48", "CEPLAN_SEMESTRAL"], result: "Regular" },
      { args: ["79.5", "Bajo=0;Medio=80;Alto=91"], result: "Bajo", note: "escala propia" },
    ],
  },
  {
    name: "PROMEDIO_AVANCE",
    description:
      "Avance promedio (media simple) de las celdas con dato; los ceros cuentan. Es el «avance promedio de AEI» de CEPLAN.",
    returns: "El promedio redondeado a 2 decimales, o vacío si no hay datos.",
    params: [param("avances", "serie", "Rango de avances en porcentaje.")],
    examples: [{ args: ["66.67;0;0;0"], result: "16.67", note: "AEI 03.01 de Lares" }],
  },
  {
    name: "AVANCE_FINANCIERO",
    description: "Avance financiero (%) = Devengado / PIM × 100. PIM en cero o en blanco da vacío.",
    returns: "Porcentaje de avance financiero.",
    params: [
      param("devengado", "valor", "Monto devengado; celda o rango."),
      param("pim", "valor", "Presupuesto institucional modificado (PIM); celda o rango."),
    ],
    examples: [{ args: ["450", "1200"], result: "37.5" }],
  },
  {
    name: "CONTAR_NIVEL",
    description:
      "Cuántas celdas de un rango de avances caen en un nivel del semáforo (para tablas resumen Malo / Regular / Bueno).",
    returns: "El número de celdas en ese nivel.",
    params: [
      param("avances", "serie", "Rango de avances en porcentaje."),
      param("nivel", "texto", "Etiqueta del nivel, por ejemplo «Bueno» o «Sin dato»."),
      param(
        "escala",
        "escala",
        "Nombre de la escala o rango {etiqueta, mínimo}. Predeterminado: CEPLAN_SEMESTRAL.",
        true
      ),
    ],
    examples: [{ args: ["10;40;60;", "Sin dato"], result: "1" }],
  },
];

/** The spec of a function by name (case-insensitive, with or without the PLAN. prefix). */
export function functionSpec(name: string): FunctionSpec | undefined {
  const key = name.toUpperCase().replace(/^PLAN\./, "");
  return FUNCTIONS.find((f) => f.name === key);
}

/** "AVANCE_TIPO1(valor_obtenido; logro_esperado; [sentido]; [tope])", as planners type it. */
export function signatureOf(spec: FunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${params.join("; ")})`;
}

/** Parameter names of a function, for error messages that name the argument. */
export function paramNames(name: PlanFunctionName): string[] {
  return (functionSpec(name) as FunctionSpec).params.map((p) => p.name);
}
