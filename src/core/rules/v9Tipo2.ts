import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

export const v9Tipo2 = createRule({
  meta: {
    id: "V9.tipo2",
    severity: "info",
    on: ["jerarquia-pei"],
    description: "Logro esperado igual a la línea base: Avance Tipo II no calculable",
    messages: {
      igual:
        "{who}: el logro esperado es igual a la línea base ({value}); el Avance Tipo II no es calculable.",
    },
    example:
      "IND.01.AEI.03.04: el logro esperado es igual a la línea base (25); el Avance Tipo II no es calculable.",
    fix: "Nada que corregir si es así; use el Avance Tipo I para este indicador.",
  },
  check(ctx) {
    for (const ind of itemsOf(ctx.items, "indicador")) {
      const le = ind.logro?.value ?? null;
      const lb = ind.lineaBase?.value ?? null;
      if (ind.logro && le !== null && lb !== null && le === lb) {
        const data = { who: ind.who, value: formatNumber(le) };
        ctx.report({ cell: ind.logro.address, messageId: "igual", data });
      }
    }
  },
});
