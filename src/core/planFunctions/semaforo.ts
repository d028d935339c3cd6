import { isPlanError } from "../errors";
import { zipCells } from "../grid/grid";
import { scaleLevelExpr } from "../native/formulaParts";
import {
  blankExpr,
  errorOf,
  escalaCode,
  firstErrorGuard,
  levelsByScale,
  numberOf,
  oneCell,
  optional,
  unknownCode,
} from "../native/lambdaParts";
import { checked } from "../native/nativeFormulas";
import { blankTest, numExpr, type RefLike } from "../native/numberExpr";
import { classify, NO_DATA_LABEL, type Scale } from "../scales/scale";
import { numberReader, scaleOf } from "./runner";
import { optionalParam, param, planFunction, type FunctionSpec } from "./types";

const avance = param("avance", "valor", "Avance en porcentaje; celda o rango.");
const escala = optionalParam(
  "escala",
  "escala",
  "Nombre de la escala, o un rango de filas {etiqueta, mínimo}. Predeterminado: CEPLAN_SEMESTRAL.",
  "CEPLAN_SEMESTRAL"
);

const spec: FunctionSpec<"SEMAFORO"> = {
  name: "SEMAFORO",
  description:
    "Nivel del semáforo para un avance: CEPLAN_SEMESTRAL (Malo < 30 ≤ Regular < 50 ≤ Bueno), CEPLAN_ANUAL (75 / 95), INSTITUCIONAL_80_91 (Bajo / Medio / Alto) o una escala propia. En blanco da «Sin dato».",
  returns: "La etiqueta del nivel.",
  params: [avance, escala],
  examples: [
    { args: ["48", "CEPLAN_SEMESTRAL"], result: "Regular" },
    { args: ["79.5", "Bajo=0;Medio=80;Alto=91"], result: "Bajo", note: "escala propia" },
  ],
};

/** The portable formula for any scale: nested IFs from the highest band down. */
export function nativeSemaforo(avanceRef: RefLike, scale: Scale): string {
  const expr = scaleLevelExpr(numExpr(avanceRef), scale);
  return checked(`=IF(${blankTest(avanceRef)},"${NO_DATA_LABEL}",${expr})`);
}

const readAvance = numberReader(avance);

export const SEMAFORO = planFunction({
  spec,
  // The scale is read once for the call; its error comes before each avance's.
  run: (avances, escalaArg) => {
    const scale = scaleOf(escala, escalaArg ?? null);
    return zipCells([avances ?? null], [avance.name], ([a]) => {
      if (isPlanError(scale)) return scale;
      const n = readAvance(a);
      return isPlanError(n) ? n : classify(n, scale);
    });
  },
  lambdaBody: () => ({
    locals: [
      ["e_code", escalaCode(optional(escala.name), String(escala.default))],
      ["n_av", numberOf(avance.name)],
    ],
    body: firstErrorGuard(
      [oneCell(avance.name), unknownCode("e_code"), errorOf("n_av")],
      `IF(${blankExpr(avance.name)},"${NO_DATA_LABEL}",CHOOSE(e_code,${levelsByScale("n_av")}))`
    ),
  }),
  nativeTwin: nativeSemaforo,
});
