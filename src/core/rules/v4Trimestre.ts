import { itemsOf, type PlanRule } from "./context";
import { SUM_MESSAGE, sumMismatches } from "./sumMismatches";

export const v4Trimestre: PlanRule = {
  meta: {
    id: "V4.trimestre",
    severity: "error",
    kinds: ["poi-programacion"],
    description: "El subtotal trimestral es la suma de sus meses",
    messages: { suma: SUM_MESSAGE },
    example:
      "El subtotal del II Trimestre de «Facturación mensual» (4,199,904.03) no es la suma esperada (4,193,904.03); diferencia 6,000.",
    fix: "Corrija el subtotal o el mes que no corresponde: el trimestre debe ser la suma de sus tres meses.",
  },
  check(ctx) {
    for (const item of itemsOf(ctx.items, "ficha-ao")) {
      for (const x of sumMismatches(item, ctx.matrix)) {
        if (x.total === "trimestre" && !x.hidden)
          ctx.report({ cell: x.cell, messageId: "suma", data: x.data });
      }
    }
  },
};
