import type { PlanFunctionName } from "../calc/functionSpecs";
import { NO_DATA_LABEL } from "../scales/scale";
import { anyBlank, avanceFinancieroExpr, avanceTipo1Expr, avanceTipo2Expr } from "./formulaParts";
import {
  blankExpr,
  errorOf,
  escalaCode,
  firstErrorGuard,
  levelsByScale,
  oneCell,
  optional,
  SENTIDO_CODES,
  sentidoCode,
  topeCode,
  unknownCode,
  numberOf,
  type Builder,
} from "./lambdaParts";

/**
 * Bodies of the workbook functions that read single cells: each value argument read once (LET),
 * options decoded, errors returned in the core's order, then the twins' arithmetic.
 */
export const CELL_BODIES: Partial<Record<PlanFunctionName, Builder>> = {
  AVANCE_TIPO1: () => {
    const byCode = SENTIDO_CODES.map((s) => avanceTipo1Expr("n_vo", "n_le", s, "t_code=1"));
    return {
      locals: [
        ["n_vo", numberOf("valor_obtenido")],
        ["n_le", numberOf("logro_esperado")],
        ["s_code", sentidoCode(optional("sentido"))],
        ["t_code", topeCode(optional("tope"), true)],
      ],
      body: firstErrorGuard(
        [
          oneCell("valor_obtenido"),
          oneCell("logro_esperado"),
          errorOf("n_vo"),
          errorOf("n_le"),
          unknownCode("s_code"),
          unknownCode("t_code"),
        ],
        `IF(${anyBlank([blankExpr("valor_obtenido"), blankExpr("logro_esperado")])},"",` +
          `CHOOSE(s_code,${byCode.join(",")}))`
      ),
    };
  },
  AVANCE_TIPO2: () => ({
    locals: [
      ["n_vo", numberOf("valor_obtenido")],
      ["n_le", numberOf("logro_esperado")],
      ["n_lb", numberOf("linea_base")],
      ["s_code", sentidoCode(optional("sentido"))],
      ["t_code", topeCode(optional("tope"), true)],
    ],
    body: firstErrorGuard(
      [
        ...["valor_obtenido", "logro_esperado", "linea_base"].map(oneCell),
        errorOf("n_vo"),
        errorOf("n_le"),
        errorOf("n_lb"),
        unknownCode("s_code"),
        unknownCode("t_code"),
      ],
      `IF(${anyBlank(["valor_obtenido", "logro_esperado", "linea_base"].map(blankExpr))},"",` +
        `${avanceTipo2Expr("n_vo", "n_le", "n_lb", "t_code=1")})`
    ),
  }),
  AVANCE_FINANCIERO: () => ({
    locals: [
      ["n_dev", numberOf("devengado")],
      ["n_pim", numberOf("pim")],
    ],
    body: firstErrorGuard(
      [oneCell("devengado"), oneCell("pim"), errorOf("n_dev"), errorOf("n_pim")],
      `IF(${anyBlank([blankExpr("devengado"), blankExpr("pim")])},"",` +
        `${avanceFinancieroExpr("n_dev", "n_pim")})`
    ),
  }),
  SEMAFORO: () => ({
    locals: [
      ["e_code", escalaCode(optional("escala"), "CEPLAN_SEMESTRAL")],
      ["n_av", numberOf("avance")],
    ],
    body: firstErrorGuard(
      [oneCell("avance"), unknownCode("e_code"), errorOf("n_av")],
      `IF(${blankExpr("avance")},"${NO_DATA_LABEL}",CHOOSE(e_code,${levelsByScale("n_av")}))`
    ),
  }),
};
