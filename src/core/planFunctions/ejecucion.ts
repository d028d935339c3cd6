import type { Acumulacion } from "../calc/acumular";
import { ejecucion } from "../calc/ejecucion";
import { perSeries, seriesOf } from "../grid/grid";
import { ejecucionRatioExpr } from "../native/formulaParts";
import {
  acumulacionCode,
  acumularExpr,
  blankExpr,
  errorOf,
  firstErrorGuard,
  numberOf,
  oneRow,
  optional,
  topeCode,
  unknownCode,
  valueOrZero,
  VALUE_ERROR,
} from "../native/lambdaParts";
import { checked } from "../native/nativeFormulas";
import { ACUMULACION_HELP } from "./acumular";
import {
  acumulacionReader,
  booleanReader,
  callError,
  defaultAcumulacion,
  firstError,
  numberReader,
  numbersOf,
} from "./runner";
import { optionalParam, param, planFunction, type FunctionSpec } from "./types";

const programado = param(
  "programado",
  "serie",
  "Meses programados en una fila (o varias filas, una por actividad)."
);
const ejecutado = param(
  "ejecutado",
  "serie",
  "Meses ejecutados, con la misma forma que programado."
);
const acumulacion = optionalParam("acumulacion", "texto", ACUMULACION_HELP, "suma");
/** No default value: blank means «the last month with an executed value», computed. */
const hastaMes = optionalParam(
  "hasta_mes",
  "mes",
  "Último mes del periodo (1 a 12). Predeterminado: el último mes con ejecución registrada."
);
const tope = optionalParam(
  "tope",
  "logico",
  "FALSO (predeterminado) muestra la sobre-ejecución; VERDADERO limita a 100.",
  false
);

const spec: FunctionSpec<"EJECUCION"> = {
  name: "EJECUCION",
  description:
    "Ejecución física (%) de una actividad operativa: ejecutado frente a programado de los meses 1 a hasta_mes. Nada programado ni ejecutado da vacío; ejecutado sin programación da #N/A.",
  returns: "Porcentaje de ejecución por fila.",
  params: [programado, ejecutado, acumulacion, hastaMes, tope],
  examples: [
    { args: ["0;0;1;0;0", "1;0;1;0;0"], result: "200", note: "AO AOI00012700428, enero a mayo" },
  ],
};

/** A month block on one row: the range and its first cell. */
export interface MonthRow {
  range: string;
  first: string;
}

/**
 * The period value (core acumular) of values `x` over the months of the 0/1 mask `on`; no month
 * counted gives 0, as ejecucion treats an empty period. LOOKUP(2,1/on,x) is the last counted one.
 */
function periodExpr(x: string, on: string, mode: Acumulacion): string {
  const n = `SUMPRODUCT(${on})`;
  switch (mode) {
    case "suma":
      return `SUMPRODUCT(${on}*${x})`;
    case "ultimo":
      return `IFERROR(LOOKUP(2,1/(${on}),${x}),0)`;
    case "maximo":
      return `IF(${n}=0,0,MAX(IF(${on}=1,${x},-9.9E+307)))`;
    case "promedio":
      return `IF(${n}=0,0,SUMPRODUCT(${on}*${x})/${n})`;
  }
}

/**
 * The portable formula for every tipo de acumulación, on months that may hold numbers as text
 * (the Aplicativo's export saved by Excel stores «1.00»). `hasta` null means "the last month with
 * an executed value", computed natively; a number closes the period at that month (blank executed
 * months then count as 0). The formula reads the ranges cell by cell, so it is written as a
 * one-cell array formula (PlannedCell.dynamic): Excel before 365 evaluates IF over a range only
 * in an array formula.
 */
export function nativeEjecucion(
  prog: MonthRow,
  exec: MonthRow,
  hasta: number | null,
  t = tope.default === true,
  mode: Acumulacion = defaultAcumulacion(acumulacion)
): string {
  const index = (row: MonthRow) => `(COLUMN(${row.range})-COLUMN(${row.first})+1)`;
  const present = (row: MonthRow) => `(1-(${blankExpr(row.range)}))`;
  const h = hasta === null ? `SUMPRODUCT(MAX(${present(exec)}*${index(exec)}))` : String(hasta);
  const inPeriod = (row: MonthRow) => `(${index(row)}<=${h})`;
  const SP = periodExpr(valueOrZero(prog.range, true), `${present(prog)}*${inPeriod(prog)}`, mode);
  // With the default period every executed month is ≤ h; a closed period counts blanks as 0.
  const SE = periodExpr(
    valueOrZero(exec.range, true),
    hasta === null ? present(exec) : inPeriod(exec),
    mode
  );
  const result = ejecucionRatioExpr(SP, SE, t);
  return checked(hasta === null ? `=IF(${h}=0,"",${result})` : `=${result}`);
}

const readMode = acumulacionReader(acumulacion);
const readMonth = numberReader(hastaMes);
const readTope = booleanReader(tope);

export const EJECUCION = planFunction({
  spec,
  run: (prog, ejec, acum, hasta, topeArg) => {
    if (!prog || !ejec) throw callError("EJECUCION necesita programado y ejecutado.");
    const p = seriesOf(prog);
    const e = seriesOf(ejec);
    if (p.length !== e.length || p.some((row, i) => row.length !== e[i]?.length)) {
      throw callError("programado y ejecutado deben tener la misma forma (los mismos meses).");
    }
    const modes = perSeries(acum ?? null, p.length, acumulacion.name);
    const months = perSeries(hasta ?? null, p.length, hastaMes.name);
    const caps = perSeries(topeArg ?? null, p.length, tope.name);
    return p.map((row, i) => {
      const np = numbersOf(row, programado.name);
      const ne = numbersOf(e[i] as unknown[], ejecutado.name);
      const mode = readMode(modes[i]);
      const h = readMonth(months[i]);
      const t = readTope(caps[i]);
      const err = firstError([np, ne, mode, h, t]);
      if (err) return [err];
      return [ejecucion(np as never, ne as never, mode as never, h as number | null, t as boolean)];
    });
  },
  lambdaBody: () => {
    const closed = `NOT(${blankExpr(optional(hastaMes.name))})`;
    const ratio = ejecucionRatioExpr("p_sum", "e_sum", "t_code=1");
    const [pr, ej] = [programado.name, ejecutado.name];
    return {
      locals: [
        ["p_x", numberOf(pr), "array"],
        ["e_x", numberOf(ej), "array"],
        ["p_all", "SUMPRODUCT(p_x)"],
        ["e_all", "SUMPRODUCT(e_x)"],
        ["a_code", acumulacionCode(optional(acumulacion.name), defaultAcumulacion(acumulacion))],
        ["h_n", numberOf(optional(hastaMes.name))],
        ["t_code", topeCode(optional(tope.name), tope.default === true)],
        ["m_i", `COLUMN(${pr})-MIN(COLUMN(${pr}))+1`, "array"],
        ["e_in", `1-(${blankExpr(ej)})`, "array"],
        ["h_m", `IF(${closed},h_n,SUMPRODUCT(MAX(e_in*m_i)))`],
        ["p_on", `(1-(${blankExpr(pr)}))*(m_i<=h_m)`, "array"],
        ["e_on", `IF(${closed},1,e_in)*(m_i<=h_m)`, "array"],
        ["p_sum", acumularExpr("p_x", "p_on", "a_code")],
        ["e_sum", acumularExpr("e_x", "e_on", "a_code")],
      ],
      body: firstErrorGuard(
        [
          oneRow(pr),
          [`COLUMNS(${pr})<>COLUMNS(${ej})`, VALUE_ERROR],
          errorOf("p_all"),
          errorOf("e_all"),
          unknownCode("a_code"),
          errorOf("h_n"),
          unknownCode("t_code"),
          [`AND(${closed},OR(h_m<>INT(h_m),h_m<1,h_m>COLUMNS(${pr})))`, VALUE_ERROR],
        ],
        `IF(h_m=0,"",${ratio})`
      ),
    };
  },
  nativeTwin: nativeEjecucion,
});
