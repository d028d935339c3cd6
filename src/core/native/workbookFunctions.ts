import { FUNCTIONS, type FunctionSpec, type PlanFunctionName } from "../calc/functionSpecs";
import { NO_DATA_LABEL } from "../scales/scale";
import { PRESET_SCALES } from "../scales/presets";
import { foldText } from "../text/normalize";
import {
  anyBlank,
  avanceFinancieroExpr,
  avanceTipo1Expr,
  avanceTipo2Expr,
  ejecucionRatioExpr,
  promedioExpr,
  scaleLevelExpr,
} from "./formulaParts";
import {
  acumulacionCode,
  acumularExpr,
  blankExpr,
  escalaCode,
  firstErrorGuard,
  foldExpr,
  letExpr,
  SCALE_CODES,
  SENTIDO_CODES,
  sentidoCode,
  topeCode,
  valueOrZero,
} from "./lambdaParts";
import { shortComment } from "./nameComment";

/**
 * Workbook functions: the PLAN functions as named LAMBDAs that live in the workbook (Excel 365
 * and Excel 2024), so `=AVANCE_TIPO1(E13,D13)` works on any computer, add-in or not. Each body is
 * built from the same fragments as the portable twins (formulaParts.ts); what the twins decide
 * when they are written (sentido, tope, text cells) is read here when the sheet calculates.
 * Names, parameters and the Spanish comment come from the registry (functionSpecs.ts).
 */
export interface WorkbookFunctionParam {
  name: string;
  optional: boolean;
}

export interface WorkbookFunction {
  name: PlanFunctionName;
  params: WorkbookFunctionParam[];
  /** LET names of the body (the file form prefixes them with _xlpm. like parameters). */
  locals: string[];
  /** The LET names whose value has one entry per cell of a range argument (months, avances). */
  arrays: string[];
  /** The calculation: the LAMBDA's last argument. */
  body: string;
  /** `=LAMBDA(p1,[p2],body)`, as `workbook.names.add` and `range.formulas` take it. */
  formula: string;
  /** The registry's description, within Excel's 255 characters for a name comment. */
  comment: string;
}

/** Registry functions with no workbook-function form, and why (README «Funciones en el libro»). */
export const NOT_IN_WORKBOOK: Partial<Record<PlanFunctionName, string>> = {
  SENTIDO:
    "compara valores consecutivos de la serie saltando las celdas en blanco; sin FILTER (Excel 2024) " +
    "no se puede escribir, y LibreOffice no lo evalúa para comprobarlo.",
};

/** A LET binding; "array" marks a value with one entry per cell of a range argument. */
type Local = [name: string, value: string] | [name: string, value: string, shape: "array"];
type Builder = () => { locals: Local[]; body: string };

/**
 * An optional parameter, "" when omitted. Used where it is read rather than bound with LET, so a
 * reference to an empty cell stays blank (a value taken from it would read as 0).
 */
const optional = (param: string) => `IF(ISOMITTED(${param}),"",${param})`;
const VALUE_ERROR = "#VALUE!";
const errorOf = (n: string): [string, string] => [`ISERROR(${n})`, n];
const unknownCode = (code: string): [string, string] => [`${code}=0`, VALUE_ERROR];

const BUILDERS: Partial<Record<PlanFunctionName, Builder>> = {
  AVANCE_TIPO1: () => {
    const byCode = SENTIDO_CODES.map((s) => avanceTipo1Expr("n_vo", "n_le", s, "t_code=1"));
    return {
      locals: [
        ["n_vo", valueOrZero("valor_obtenido")],
        ["n_le", valueOrZero("logro_esperado")],
        ["s_code", sentidoCode(optional("sentido"))],
        ["t_code", topeCode(optional("tope"), true)],
      ],
      body: firstErrorGuard(
        [errorOf("n_vo"), errorOf("n_le"), unknownCode("s_code"), unknownCode("t_code")],
        `IF(${anyBlank([blankExpr("valor_obtenido"), blankExpr("logro_esperado")])},"",` +
          `CHOOSE(s_code,${byCode.join(",")}))`
      ),
    };
  },
  AVANCE_TIPO2: () => ({
    locals: [
      ["n_vo", valueOrZero("valor_obtenido")],
      ["n_le", valueOrZero("logro_esperado")],
      ["n_lb", valueOrZero("linea_base")],
      ["s_code", sentidoCode(optional("sentido"))],
      ["t_code", topeCode(optional("tope"), true)],
    ],
    body: firstErrorGuard(
      [
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
      ["n_dev", valueOrZero("devengado")],
      ["n_pim", valueOrZero("pim")],
    ],
    body: firstErrorGuard(
      [errorOf("n_dev"), errorOf("n_pim")],
      `IF(${anyBlank([blankExpr("devengado"), blankExpr("pim")])},"",` +
        `${avanceFinancieroExpr("n_dev", "n_pim")})`
    ),
  }),
  SEMAFORO: () => ({
    locals: [
      ["e_code", escalaCode(optional("escala"), "CEPLAN_SEMESTRAL")],
      ["n_av", valueOrZero("avance")],
    ],
    body: firstErrorGuard(
      [unknownCode("e_code"), errorOf("n_av")],
      `IF(${blankExpr("avance")},"${NO_DATA_LABEL}",CHOOSE(e_code,${levelsByScale("n_av")}))`
    ),
  }),
  PROMEDIO_AVANCE: () => ({
    locals: [
      ["a_x", valueOrZero("avances", true), "array"],
      ["a_n", `SUMPRODUCT(1-(${blankExpr("avances")}))`],
      ["a_sum", "SUMPRODUCT(a_x)"],
    ],
    body: firstErrorGuard([errorOf("a_sum")], promedioExpr("a_sum", "a_n")),
  }),
  CONTAR_NIVEL: () => {
    const labels = SCALE_CODES.map((id) => {
      const s = PRESET_SCALES[id]!;
      return [...s.levels.map((l) => l.label), ...(s.over ? [s.over.label] : []), NO_DATA_LABEL];
    });
    const known = labels.map(
      (ls) => `SUMPRODUCT(({${ls.map((l) => quoted(foldText(l))).join(",")}}=n_nivel)*1)`
    );
    return {
      locals: [
        ["e_code", escalaCode(optional("escala"), "CEPLAN_SEMESTRAL")],
        ["n_nivel", foldExpr("nivel")],
        ["a_x", valueOrZero("avances", true), "array"],
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
      ["v_x", valueOrZero("valores", true), "array"],
      ["v_on", `1-(${blankExpr("valores")})`, "array"],
      ["v_sum", "SUMPRODUCT(v_x)"],
    ],
    body: firstErrorGuard(
      [unknownCode("a_code"), errorOf("v_sum")],
      `IF(SUMPRODUCT(v_on)=0,"",${acumularExpr("v_x", "v_on", "a_code")})`
    ),
  }),
  EJECUCION: () => {
    const closed = `NOT(${blankExpr(optional("hasta_mes"))})`;
    const ratio = ejecucionRatioExpr("p_sum", "e_sum", "t_code=1");
    return {
      locals: [
        ["p_x", valueOrZero("programado", true), "array"],
        ["e_x", valueOrZero("ejecutado", true), "array"],
        ["p_all", "SUMPRODUCT(p_x)"],
        ["e_all", "SUMPRODUCT(e_x)"],
        ["a_code", acumulacionCode(optional("acumulacion"))],
        ["h_n", valueOrZero(optional("hasta_mes"))],
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
};

const quoted = (label: string) => `"${label.replace(/"/g, '""')}"`;

/** The level expression of each preset scale, in SCALE_CODES order, for CHOOSE. */
function levelsByScale(n: string): string {
  return SCALE_CODES.map((id) => scaleLevelExpr(n, PRESET_SCALES[id]!)).join(",");
}

function define(spec: FunctionSpec, build: Builder): WorkbookFunction {
  const { locals, body } = build();
  const params = spec.params.map((p) => ({ name: p.name, optional: p.optional }));
  const declared = params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  const calculation = letExpr(
    locals.map(([name, value]) => [name, value]),
    body
  );
  return {
    name: spec.name,
    params,
    locals: locals.map(([name]) => name),
    arrays: locals.filter((l) => l[2] === "array").map(([name]) => name),
    body: calculation,
    formula: `=LAMBDA(${[...declared, calculation].join(",")})`,
    comment: shortComment(spec.description),
  };
}

let cache: WorkbookFunction[] | null = null;

/** Every registry function that has a workbook form, in registry order. */
export function workbookFunctions(): WorkbookFunction[] {
  cache ??= FUNCTIONS.flatMap((spec) => {
    const build = BUILDERS[spec.name];
    return build ? [define(spec, build)] : [];
  });
  return cache;
}

export function workbookFunction(name: PlanFunctionName): WorkbookFunction | undefined {
  return workbookFunctions().find((f) => f.name === name);
}

/**
 * A cell formula calling a workbook function: `=AVANCE_TIPO1(E13,D13)`. `args` are formula
 * expressions (references or literals); trailing nulls are left out, inner ones stay empty
 * (an empty argument counts as omitted in a LAMBDA).
 */
export function callFormula(name: PlanFunctionName, args: readonly (string | null)[]): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === null) list.pop();
  return `=${name}(${list.map((a) => a ?? "").join(",")})`;
}

/** A text literal for callFormula: `"CEPLAN_SEMESTRAL"`. */
export const textArg = (text: string) => quoted(text);
