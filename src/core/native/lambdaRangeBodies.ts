import type { PlanFunctionName } from "../calc/functionSpecs";
import { NO_DATA_LABEL, scaleLabels } from "../scales/scale";
import { PRESET_SCALES } from "../scales/presets";
import { foldText } from "../text/normalize";
import { ejecucionRatioExpr, promedioExpr } from "./formulaParts";
import {
  acumulacionCode,
  acumularExpr,
  blankExpr,
  errorOf,
  escalaCode,
  firstErrorGuard,
  foldExpr,
  levelsByScale,
  oneCell,
  oneRow,
  optional,
  quoted,
  SCALE_CODES,
  topeCode,
  unknownCode,
  VALUE_ERROR,
  numberOf,
  type Builder,
} from "./lambdaParts";

/**
 * Bodies of the workbook functions that read a range (one activity's months, a column of
 * avances). Values marked "array" hold one entry per cell; text numbers are parsed cell by cell.
 */
export const RANGE_BODIES: Partial<Record<PlanFunctionName, Builder>> = {
  PROMEDIO_AVANCE: () => ({
    locals: [
      ["a_x", numberOf("avances"), "array"],
      ["a_n", `SUMPRODUCT(1-(${blankExpr("avances")}))`],
      ["a_sum", "SUMPRODUCT(a_x)"],
    ],
    body: firstErrorGuard([errorOf("a_sum")], promedioExpr("a_sum", "a_n")),
  }),
  CONTAR_NIVEL: () => {
    const labels = SCALE_CODES.map((id) => scaleLabels(PRESET_SCALES[id]!));
    const known = labels.map(
      (ls) => `SUMPRODUCT(({${ls.map((l) => quoted(foldText(l))).join(",")}}=n_nivel)*1)`
    );
    return {
      locals: [
        ["e_code", escalaCode(optional("escala"), "CEPLAN_SEMESTRAL")],
        ["n_nivel", foldExpr("nivel")],
        ["a_x", numberOf("avances"), "array"],
        ["a_sum", "SUMPRODUCT(a_x)"],
        [
          "a_lbl",
          `IF(${blankExpr("avances")},"${NO_DATA_LABEL}",CHOOSE(e_code,${levelsByScale("a_x")}))`,
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
  ACUMULAR: () => ({
    locals: [
      ["a_code", acumulacionCode(optional("acumulacion"))],
      ["v_x", numberOf("valores"), "array"],
      ["v_on", `1-(${blankExpr("valores")})`, "array"],
      ["v_sum", "SUMPRODUCT(v_x)"],
    ],
    body: firstErrorGuard(
      [oneRow("valores"), unknownCode("a_code"), errorOf("v_sum")],
      `IF(SUMPRODUCT(v_on)=0,"",${acumularExpr("v_x", "v_on", "a_code")})`
    ),
  }),
  EJECUCION: () => {
    const closed = `NOT(${blankExpr(optional("hasta_mes"))})`;
    const ratio = ejecucionRatioExpr("p_sum", "e_sum", "t_code=1");
    return {
      locals: [
        ["p_x", numberOf("programado"), "array"],
        ["e_x", numberOf("ejecutado"), "array"],
        ["p_all", "SUMPRODUCT(p_x)"],
        ["e_all", "SUMPRODUCT(e_x)"],
        ["a_code", acumulacionCode(optional("acumulacion"))],
        ["h_n", numberOf(optional("hasta_mes"))],
        ["t_code", topeCode(optional("tope"), false)],
        ["m_i", "COLUMN(programado)-MIN(COLUMN(programado))+1", "array"],
        ["e_in", `1-(${blankExpr("ejecutado")})`, "array"],
        ["h_m", `IF(${closed},h_n,SUMPRODUCT(MAX(e_in*m_i)))`],
        ["p_on", `(1-(${blankExpr("programado")}))*(m_i<=h_m)`, "array"],
        ["e_on", `IF(${closed},1,e_in)*(m_i<=h_m)`, "array"],
        ["p_sum", acumularExpr("p_x", "p_on", "a_code")],
        ["e_sum", acumularExpr("e_x", "e_on", "a_code")],
      ],
      body: firstErrorGuard(
        [
          oneRow("programado"),
          [`COLUMNS(programado)<>COLUMNS(ejecutado)`, VALUE_ERROR],
          errorOf("p_all"),
          errorOf("e_all"),
          unknownCode("a_code"),
          errorOf("h_n"),
          unknownCode("t_code"),
          [`AND(${closed},OR(h_m<>INT(h_m),h_m<1,h_m>COLUMNS(programado)))`, VALUE_ERROR],
        ],
        `IF(h_m=0,"",${ratio})`
      ),
    };
  },
  SENTIDO: () => {
    // Some step rises ⇔ some earlier present value is below a later one (a series with no rise
    // never goes up). Pairs come from TRANSPOSE(x)<x: column against row, every i against every j.
    const later = "(TRANSPOSE(m_i)<m_i)*TRANSPOSE(l_on)*l_on";
    return {
      locals: [
        ["n_lb", numberOf("linea_base")],
        ["l_x", numberOf("logros_esperados"), "array"],
        ["l_on", `1-(${blankExpr("logros_esperados")})`, "array"],
        ["m_i", "COLUMN(logros_esperados)-MIN(COLUMN(logros_esperados))+1", "array"],
        ["l_all", "SUMPRODUCT(l_x)"],
        ["b_on", `1-(${blankExpr("linea_base")})`],
        ["n_up", `SUMPRODUCT((TRANSPOSE(l_x)<l_x)*${later})+b_on*SUMPRODUCT((n_lb<l_x)*l_on)`],
        ["n_down", `SUMPRODUCT((TRANSPOSE(l_x)>l_x)*${later})+b_on*SUMPRODUCT((n_lb>l_x)*l_on)`],
      ],
      body: firstErrorGuard(
        [oneCell("linea_base"), oneRow("logros_esperados"), errorOf("n_lb"), errorOf("l_all")],
        `IF(b_on+SUMPRODUCT(l_on)<2,"",IF(AND(n_up>0,n_down>0),"Mixto",` +
          `IF(n_up>0,"Ascendente",IF(n_down>0,"Descendente","No definido"))))`
      ),
    };
  },
};
