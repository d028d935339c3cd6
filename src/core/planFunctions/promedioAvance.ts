import { isPlanError } from "../errors";
import { promedioExpr } from "../native/formulaParts";
import { blankExpr, errorOf, firstErrorGuard, numberOf } from "../native/lambdaParts";
import { checked } from "../native/nativeFormulas";
import { blankTest, numExpr } from "../native/numberExpr";
import { roundHalfUp } from "../numbers/round";
import { callError, numbersOf } from "./runner";
import { param, planFunction, type FunctionSpec } from "./types";

const avances = param("avances", "serie", "Rango de avances en porcentaje.");

const spec: FunctionSpec<"PROMEDIO_AVANCE"> = {
  name: "PROMEDIO_AVANCE",
  description:
    "Avance promedio (media simple) de las celdas con dato; los ceros cuentan. Es el «avance promedio de AEI» de CEPLAN.",
  returns: "El promedio redondeado a 2 decimales, o vacío si no hay datos.",
  params: [avances],
  examples: [{ args: ["66.67;0;0;0"], result: "16.67", note: "AEI 03.01 de Lares" }],
};

/**
 * The portable formula: mean of the non-blank avances, zeros counted. Cells listed in `textCells`
 * hold numbers typed as text, which AVERAGE would skip; they are added explicitly.
 */
export function nativePromedioAvance(range: string, textCells: readonly string[] = []): string {
  if (textCells.length === 0) return `=IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),2))`;
  const extraSum = textCells
    .map((c) => `+IF(${blankTest({ ref: c, text: true })},0,${numExpr({ ref: c, text: true })})`)
    .join("");
  const extraCount = textCells.map((c) => `+IF(${blankTest({ ref: c, text: true })},0,1)`).join("");
  const n = `(COUNT(${range})${extraCount})`;
  return checked(`=${promedioExpr(`(SUM(${range})${extraSum})`, n)}`);
}

export const PROMEDIO_AVANCE = planFunction({
  spec,
  run: (range) => {
    if (!range) throw callError("PROMEDIO_AVANCE necesita un rango de avances.");
    const values = numbersOf(range.flat(), avances.name);
    if (isPlanError(values)) return [[values]];
    const present = values.filter((v): v is number => v !== null);
    if (present.length === 0) return [[""]];
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    return [[roundHalfUp(mean, 2)]];
  },
  lambdaBody: () => ({
    locals: [
      ["a_x", numberOf(avances.name), "array"],
      ["a_n", `SUMPRODUCT(1-(${blankExpr(avances.name)}))`],
      ["a_sum", "SUMPRODUCT(a_x)"],
    ],
    body: firstErrorGuard([errorOf("a_sum")], promedioExpr("a_sum", "a_n")),
  }),
  nativeTwin: nativePromedioAvance,
});
