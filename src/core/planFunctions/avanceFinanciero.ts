import { avanceFinanciero } from "../calc/avance";
import { anyBlank, avanceFinancieroExpr } from "../native/formulaParts";
import { blankExpr, errorOf, firstErrorGuard, numberOf, oneCell } from "../native/lambdaParts";
import { checked, refsBlank } from "../native/nativeFormulas";
import { numExpr, type RefLike } from "../native/numberExpr";
import { cellwise, numberReader } from "./runner";
import { param, planFunction, type FunctionSpec } from "./types";

const devengado = param("devengado", "valor", "Monto devengado; celda o rango.");
const pim = param("pim", "valor", "Presupuesto institucional modificado (PIM); celda o rango.");

const spec: FunctionSpec<"AVANCE_FINANCIERO"> = {
  name: "AVANCE_FINANCIERO",
  description: "Avance financiero (%) = Devengado / PIM × 100. PIM en cero o en blanco da vacío.",
  returns: "Porcentaje de avance financiero.",
  params: [devengado, pim],
  examples: [{ args: ["450", "1200"], result: "37.5" }],
};

/** The portable formula. */
export function nativeAvanceFinanciero(devengadoRef: RefLike, pimRef: RefLike): string {
  const body = avanceFinancieroExpr(numExpr(devengadoRef), numExpr(pimRef));
  return checked(`=IF(${refsBlank(devengadoRef, pimRef)},"",${body})`);
}

export const AVANCE_FINANCIERO = planFunction({
  spec,
  run: cellwise(spec, [numberReader(devengado), numberReader(pim)] as const, (x) =>
    avanceFinanciero(x[0], x[1])
  ),
  lambdaBody: () => ({
    locals: [
      ["n_dev", numberOf(devengado.name)],
      ["n_pim", numberOf(pim.name)],
    ],
    body: firstErrorGuard(
      [oneCell(devengado.name), oneCell(pim.name), errorOf("n_dev"), errorOf("n_pim")],
      `IF(${anyBlank([blankExpr(devengado.name), blankExpr(pim.name)])},"",` +
        `${avanceFinancieroExpr("n_dev", "n_pim")})`
    ),
  }),
  nativeTwin: nativeAvanceFinanciero,
});
