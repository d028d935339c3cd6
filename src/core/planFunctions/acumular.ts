import { acumular } from "../calc/acumular";
import { isPlanError } from "../errors";
import { perSeries, seriesOf } from "../grid/grid";
import {
  acumulacionCode,
  acumularExpr,
  blankExpr,
  errorOf,
  firstErrorGuard,
  numberOf,
  oneRow,
  optional,
  unknownCode,
} from "../native/lambdaParts";
import { acumulacionReader, callError, defaultAcumulacion, numbersOf } from "./runner";
import { optionalParam, param, planFunction, type FunctionSpec } from "./types";

const valores = param("valores", "serie", "Meses en una fila (o varias filas, una por actividad).");
/** The help of the acumulacion parameter, which EJECUCION takes too. */
export const ACUMULACION_HELP =
  "suma (Acumulado anual, predeterminado), ultimo (No acumulado); maximo y promedio son extensiones de Semáforo, no tipos de CEPLAN.";
const acumulacion = optionalParam("acumulacion", "texto", ACUMULACION_HELP, "suma");

const spec: FunctionSpec<"ACUMULAR"> = {
  name: "ACUMULAR",
  description:
    "Valor del periodo a partir de valores mensuales, según el tipo de acumulación. Las celdas en blanco se ignoran.",
  returns: "El valor del periodo por fila.",
  params: [valores, acumulacion],
  examples: [{ args: ["1;2;3", "ultimo"], result: "3", note: "No acumulado: el último nivel" }],
};

const readMode = acumulacionReader(acumulacion);

export const ACUMULAR = planFunction({
  spec,
  run: (valoresArg, acumulacionArg) => {
    if (!valoresArg) throw callError("ACUMULAR necesita valores.");
    const rows = seriesOf(valoresArg);
    const modes = perSeries(acumulacionArg ?? null, rows.length, acumulacion.name);
    return rows.map((row, i) => {
      // The tipo de acumulación is checked before the values (the LAMBDA keeps this order).
      const mode = readMode(modes[i]);
      if (isPlanError(mode)) return [mode];
      const values = numbersOf(row, valores.name);
      if (isPlanError(values)) return [values];
      return [acumular(values, mode)];
    });
  },
  lambdaBody: () => ({
    locals: [
      ["a_code", acumulacionCode(optional(acumulacion.name), defaultAcumulacion(acumulacion))],
      ["v_x", numberOf(valores.name), "array"],
      ["v_on", `1-(${blankExpr(valores.name)})`, "array"],
      ["v_sum", "SUMPRODUCT(v_x)"],
    ],
    body: firstErrorGuard(
      [oneRow(valores.name), unknownCode("a_code"), errorOf("v_sum")],
      `IF(SUMPRODUCT(v_on)=0,"",${acumularExpr("v_x", "v_on", "a_code")})`
    ),
  }),
});
