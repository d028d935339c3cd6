import { isPlanError, valueError } from "../errors";
import { readNumber } from "../numbers/parseNumber";
import {
  blankExpr,
  errorOf,
  escalaCode,
  firstErrorGuard,
  foldExpr,
  levelsByScale,
  numberOf,
  optional,
  quoted,
  SCALE_CODES,
  unknownCode,
  VALUE_ERROR,
} from "../native/lambdaParts";
import { PRESET_SCALES } from "../scales/presets";
import { classify, NO_DATA_LABEL, scaleLabels } from "../scales/scale";
import { foldText } from "../text/normalize";
import { callError, scaleOf } from "./runner";
import { optionalParam, param, planFunction, type FunctionSpec } from "./types";

const avances = param("avances", "serie", "Rango de avances en porcentaje.");
const nivel = param("nivel", "texto", "Etiqueta del nivel, por ejemplo «Bueno» o «Sin dato».");
const escala = optionalParam(
  "escala",
  "escala",
  "Nombre de la escala o rango {etiqueta, mínimo}. Predeterminado: CEPLAN_SEMESTRAL.",
  "CEPLAN_SEMESTRAL"
);

const spec: FunctionSpec<"CONTAR_NIVEL"> = {
  name: "CONTAR_NIVEL",
  description:
    "Cuántas celdas de un rango de avances caen en un nivel del semáforo (para tablas resumen Malo / Regular / Bueno).",
  returns: "El número de celdas en ese nivel.",
  params: [avances, nivel, escala],
  examples: [{ args: ["10;40;60;", "Sin dato"], result: "1" }],
};

export const CONTAR_NIVEL = planFunction({
  spec,
  run: (range, nivelArg, escalaArg) => {
    if (!range) throw callError("CONTAR_NIVEL necesita un rango de avances.");
    const scale = scaleOf(escala, escalaArg ?? null);
    if (isPlanError(scale)) return [[scale]];
    const wanted = nivelArg?.[0]?.[0];
    if (typeof wanted !== "string" || wanted.trim() === "") {
      return [[valueError("CONTAR_NIVEL: indique el nivel, por ejemplo «Bueno».")]];
    }
    const target = foldText(wanted);
    const known = [...scale.levels.map((l) => l.label), scale.over?.label, NO_DATA_LABEL];
    if (!known.some((label) => label && foldText(label) === target)) {
      return [[valueError(`El nivel «${wanted}» no existe en la escala ${scale.name}.`)]];
    }
    let count = 0;
    for (const cell of range.flat()) {
      const n = readNumber(cell, avances.name);
      if (isPlanError(n)) return [[n]];
      if (foldText(classify(n, scale)) === target) count++;
    }
    return [[count]];
  },
  lambdaBody: () => {
    const labels = SCALE_CODES.map((id) => scaleLabels(PRESET_SCALES[id]!));
    const known = labels.map(
      (ls) => `SUMPRODUCT(({${ls.map((l) => quoted(foldText(l))).join(",")}}=n_nivel)*1)`
    );
    return {
      locals: [
        ["e_code", escalaCode(optional(escala.name), String(escala.default))],
        ["n_nivel", foldExpr(nivel.name)],
        ["a_x", numberOf(avances.name), "array"],
        ["a_sum", "SUMPRODUCT(a_x)"],
        [
          "a_lbl",
          `IF(${blankExpr(avances.name)},"${NO_DATA_LABEL}",CHOOSE(e_code,${levelsByScale("a_x")}))`,
          "array",
        ],
      ],
      body: firstErrorGuard(
        [
          unknownCode("e_code"),
          [`CHOOSE(e_code,${known.join(",")})=0`, VALUE_ERROR],
          errorOf("a_sum"),
        ],
        `SUMPRODUCT((${foldExpr("a_lbl")}=n_nivel)*1)`
      ),
    };
  },
});
