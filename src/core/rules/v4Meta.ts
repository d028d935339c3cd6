import { itemsOf, type PlanRule } from "./context";
import { SUM_MESSAGE, sumMismatches } from "./sumMismatches";

export const v4Meta: PlanRule = {
  meta: {
    id: "V4.meta",
    severity: "error",
    kinds: ["poi-programacion"],
    description: "La meta es igual a la cantidad anual programada",
    messages: { suma: SUM_MESSAGE },
    example: "La meta de «Boletín interno» (12) no es la suma esperada (10); diferencia 2.",
    fix: "La meta física anual debe ser igual a la cantidad anual programada.",
  },
  check(ctx) {
    for (const item of itemsOf(ctx.items, "ficha-ao")) {
      for (const x of sumMismatches(item, ctx.matrix)) {
        if (x.total === "meta" && !x.hidden)
          ctx.report({ cell: x.cell, messageId: "suma", data: x.data });
      }
    }
  },
};
