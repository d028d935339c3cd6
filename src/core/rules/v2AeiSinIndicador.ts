import { peiCodeColumn } from "../kinds/peiRows";
import { a1 } from "../sheet/address";
import { itemsOf, type PlanRule } from "./context";

export const v2AeiSinIndicador: PlanRule = {
  meta: {
    id: "V2.aei-sin-indicador",
    severity: "error",
    kinds: ["pei-seguimiento", "pei-matriz"],
    description: "Toda AEI tiene al menos un indicador",
    messages: { falta: "La AEI {code} no tiene indicadores." },
    example: "La AEI AEI.04.03 no tiene indicadores.",
    fix: "Agregue bajo la AEI la fila de su indicador (IND.01.AEI.04.03) con sus logros esperados.",
  },
  check(ctx) {
    const col = peiCodeColumn(ctx.matrix);
    for (const aei of itemsOf(ctx.items, "pei-aei")) {
      if (aei.indicators.length === 0) {
        ctx.report({ cell: a1(aei.row, col), messageId: "falta", data: { code: aei.code } });
      }
    }
  },
};
