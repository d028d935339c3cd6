import { itemsOf, type PlanRule } from "./context";
import { SUM_MESSAGE, sumMismatches } from "./sumMismatches";

export const v4Anual: PlanRule = {
  meta: {
    id: "V4.anual",
    severity: "error",
    kinds: ["poi-programacion"],
    description: "La cantidad anual es la suma de los doce meses",
    messages: { suma: SUM_MESSAGE },
    example:
      "La cantidad anual de «Boletín interno» (10) no es la suma esperada (12); diferencia 2.",
    fix: "Corrija la cantidad anual o los meses: la cantidad anual de una actividad acumulable es la suma de los doce meses.",
  },
  check(ctx) {
    for (const item of itemsOf(ctx.items, "ficha-ao")) {
      for (const x of sumMismatches(item, ctx.matrix)) {
        if (x.total === "anual" && !x.hidden)
          ctx.report({ cell: x.cell, messageId: "suma", data: x.data });
      }
    }
  },
};
