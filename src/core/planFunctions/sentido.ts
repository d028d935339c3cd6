import { inferSentido } from "../calc/sentido";
import { isPlanError } from "../errors";
import { perSeries, seriesOf } from "../grid/grid";
import {
  blankExpr,
  errorOf,
  firstErrorGuard,
  numberOf,
  oneCell,
  oneRow,
} from "../native/lambdaParts";
import { callError, numbersOf } from "./runner";
import { param, planFunction, type FunctionSpec } from "./types";

const lineaBase = param(
  "linea_base",
  "valor",
  "Valor de la línea base; una celda, o una por fila."
);
const logros = param(
  "logros_esperados",
  "serie",
  "Logros esperados por año, en una fila (o varias filas, una por indicador)."
);

const spec: FunctionSpec<"SENTIDO"> = {
  name: "SENTIDO",
  description:
    "Sentido del indicador deducido de la serie línea base y logros esperados, como el aplicativo CEPLAN: Ascendente, Descendente, No definido (constante) o Mixto (sube y baja).",
  returns: "El sentido por fila.",
  params: [lineaBase, logros],
  examples: [{ args: ["855", "855;855;855"], result: "No definido" }],
};

export const SENTIDO = planFunction({
  spec,
  run: (bases, series) => {
    if (!bases || !series) throw callError("SENTIDO necesita linea_base y logros_esperados.");
    const rows = seriesOf(series);
    const base = perSeries(bases, rows.length, lineaBase.name);
    return rows.map((row, i) => {
      const values = numbersOf([base[i], ...row], logros.name);
      if (isPlanError(values)) return [values];
      const present = values.filter((v): v is number => v !== null);
      return [inferSentido(present) ?? ""];
    });
  },
  lambdaBody: () => {
    // Some step rises ⇔ some earlier present value is below a later one (a series with no rise
    // never goes up). Pairs come from TRANSPOSE(x)<x: column against row, every i against every j.
    const later = "(TRANSPOSE(m_i)<m_i)*TRANSPOSE(l_on)*l_on";
    const [lb, ls] = [lineaBase.name, logros.name];
    return {
      locals: [
        ["n_lb", numberOf(lb)],
        ["l_x", numberOf(ls), "array"],
        ["l_on", `1-(${blankExpr(ls)})`, "array"],
        ["m_i", `COLUMN(${ls})-MIN(COLUMN(${ls}))+1`, "array"],
        ["l_all", "SUMPRODUCT(l_x)"],
        ["b_on", `1-(${blankExpr(lb)})`],
        ["n_up", `SUMPRODUCT((TRANSPOSE(l_x)<l_x)*${later})+b_on*SUMPRODUCT((n_lb<l_x)*l_on)`],
        ["n_down", `SUMPRODUCT((TRANSPOSE(l_x)>l_x)*${later})+b_on*SUMPRODUCT((n_lb>l_x)*l_on)`],
      ],
      body: firstErrorGuard(
        [oneCell(lb), oneRow(ls), errorOf("n_lb"), errorOf("l_all")],
        `IF(b_on+SUMPRODUCT(l_on)<2,"",IF(AND(n_up>0,n_down>0),"Mixto",` +
          `IF(n_up>0,"Ascendente",IF(n_down>0,"Descendente","No definido"))))`
      ),
    };
  },
});
