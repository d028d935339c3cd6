import { avanceTipo2 } from "../calc/avance";
import { anyBlank, avanceTipo2Expr } from "../native/formulaParts";
import {
  blankExpr,
  errorOf,
  firstErrorGuard,
  numberOf,
  oneCell,
  optional,
  sentidoCode,
  topeCode,
  unknownCode,
} from "../native/lambdaParts";
import { checked, refsBlank } from "../native/nativeFormulas";
import { numExpr, type RefLike } from "../native/numberExpr";
import { booleanReader, cellwise, defaultSentido, numberReader, sentidoReader } from "./runner";
import { optionalParam, param, planFunction, type FunctionSpec } from "./types";

const vo = param("valor_obtenido", "valor", "Valor obtenido (VO); celda o rango.");
const le = param("logro_esperado", "valor", "Logro esperado (LE); celda o rango.");
const lb = param("linea_base", "valor", "Valor de la línea base (LB); celda o rango.");
/** Only validated: both sentidos give the same quotient, so it has no default that matters. */
const sentido = optionalParam(
  "sentido",
  "texto",
  "Ascendente o Descendente (ambas fórmulas dan el mismo cociente); se valida."
);
const tope = optionalParam(
  "tope",
  "logico",
  "VERDADERO (predeterminado) limita entre 0 y 100; FALSO muestra el valor real.",
  true
);

const spec: FunctionSpec<"AVANCE_TIPO2"> = {
  name: "AVANCE_TIPO2",
  description:
    "Avance Tipo II (%): progreso desde la línea base, (VO − LB) / (LE − LB) × 100. Convención usual, por confirmar con CEPLAN. Si LE = LB devuelve #N/A (no calculable). Con tope queda entre 0 y 100.",
  returns: "Avance en porcentaje.",
  params: [vo, le, lb, sentido, tope],
  examples: [{ args: ["3", "4", "1"], result: "66.67", note: "LB 1, LE 4, VO 3" }],
};

/** The portable formula: tope is known when it is written. */
export function nativeAvanceTipo2(
  valorObtenido: RefLike,
  logroEsperado: RefLike,
  lineaBase: RefLike,
  t = tope.default === true
): string {
  const body = avanceTipo2Expr(
    numExpr(valorObtenido),
    numExpr(logroEsperado),
    numExpr(lineaBase),
    t
  );
  return checked(`=IF(${refsBlank(valorObtenido, logroEsperado, lineaBase)},"",${body})`);
}

const values = [vo, le, lb].map((p) => p.name);

export const AVANCE_TIPO2 = planFunction({
  spec,
  run: cellwise(
    spec,
    [
      numberReader(vo),
      numberReader(le),
      numberReader(lb),
      sentidoReader(sentido),
      booleanReader(tope),
    ] as const,
    (x) => avanceTipo2(x[0], x[1], x[2], x[4])
  ),
  lambdaBody: () => ({
    locals: [
      ["n_vo", numberOf(vo.name)],
      ["n_le", numberOf(le.name)],
      ["n_lb", numberOf(lb.name)],
      ["s_code", sentidoCode(optional(sentido.name), defaultSentido(sentido))],
      ["t_code", topeCode(optional(tope.name), tope.default === true)],
    ],
    body: firstErrorGuard(
      [
        ...values.map(oneCell),
        errorOf("n_vo"),
        errorOf("n_le"),
        errorOf("n_lb"),
        unknownCode("s_code"),
        unknownCode("t_code"),
      ],
      `IF(${anyBlank(values.map(blankExpr))},"",` +
        `${avanceTipo2Expr("n_vo", "n_le", "n_lb", "t_code=1")})`
    ),
  }),
  nativeTwin: nativeAvanceTipo2,
});
