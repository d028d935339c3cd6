import { avanceTipo1 } from "../calc/avance";
import type { Sentido } from "../calc/sentido";
import { anyBlank, avanceTipo1Expr } from "../native/formulaParts";
import {
  blankExpr,
  errorOf,
  firstErrorGuard,
  numberOf,
  oneCell,
  optional,
  SENTIDO_CODES,
  sentidoCode,
  topeCode,
  unknownCode,
} from "../native/lambdaParts";
import { checked, refsBlank } from "../native/nativeFormulas";
import { numExpr, type RefLike } from "../native/numberExpr";
import { booleanReader, cellwise, defaultSentido, numberReader, sentidoReader } from "./runner";
import { optionalParam, param, planFunction, type FunctionSpec } from "./types";

const vo = param(
  "valor_obtenido",
  "valor",
  "Valor obtenido (VO) del periodo; celda o rango. En blanco = sin dato."
);
const le = param("logro_esperado", "valor", "Logro esperado (LE) del año; celda o rango.");
const sentido = optionalParam(
  "sentido",
  "texto",
  "Ascendente (predeterminado), Descendente, No definido, Máximo permisible o Mínimo permisible.",
  "Ascendente"
);
const tope = optionalParam(
  "tope",
  "logico",
  "VERDADERO (predeterminado) limita a 100; FALSO muestra la sobre-ejecución.",
  true
);

const spec: FunctionSpec<"AVANCE_TIPO1"> = {
  name: "AVANCE_TIPO1",
  description:
    "Avance Tipo I (%) de un indicador: valor obtenido frente al logro esperado, redondeado a 2 decimales. Ascendente: LE = 0 da 0. Descendente: LE/VO (convención usual, por confirmar con CEPLAN). No definido o Máximo permisible: VO ≤ LE da 100.",
  returns: "Avance en porcentaje, o vacío si falta el dato.",
  params: [vo, le, sentido, tope],
  examples: [
    { args: ["42.72", "46.36"], result: "92.15", note: "Lares, AEI.03.01" },
    { args: ["760", "855", "No definido"], result: "100", note: "Máximo permisible: VO ≤ LE" },
    { args: ["1,295.60", "3,047.00"], result: "42.52", note: "números escritos como texto" },
  ],
};

/** The portable formula: sentido and tope are known when it is written. */
export function nativeAvanceTipo1(
  valorObtenido: RefLike,
  logroEsperado: RefLike,
  s: Sentido = defaultSentido(sentido),
  t = tope.default === true
): string {
  const body = avanceTipo1Expr(numExpr(valorObtenido), numExpr(logroEsperado), s, t);
  return checked(`=IF(${refsBlank(valorObtenido, logroEsperado)},"",${body})`);
}

export const AVANCE_TIPO1 = planFunction({
  spec,
  run: cellwise(
    spec,
    [numberReader(vo), numberReader(le), sentidoReader(sentido), booleanReader(tope)] as const,
    (x) => avanceTipo1(x[0], x[1], x[2], x[3])
  ),
  lambdaBody: () => {
    const byCode = SENTIDO_CODES.map((s) => avanceTipo1Expr("n_vo", "n_le", s, "t_code=1"));
    return {
      locals: [
        ["n_vo", numberOf(vo.name)],
        ["n_le", numberOf(le.name)],
        ["s_code", sentidoCode(optional(sentido.name), defaultSentido(sentido))],
        ["t_code", topeCode(optional(tope.name), tope.default === true)],
      ],
      body: firstErrorGuard(
        [
          oneCell(vo.name),
          oneCell(le.name),
          errorOf("n_vo"),
          errorOf("n_le"),
          unknownCode("s_code"),
          unknownCode("t_code"),
        ],
        `IF(${anyBlank([blankExpr(vo.name), blankExpr(le.name)])},"",` +
          `CHOOSE(s_code,${byCode.join(",")}))`
      ),
    };
  },
  nativeTwin: nativeAvanceTipo1,
});
