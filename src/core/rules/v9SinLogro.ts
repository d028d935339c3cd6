import { createRule, itemsOf } from "./context";

export const v9SinLogro = createRule({
  meta: {
    id: "V9.sin-logro",
    severity: "warning",
    on: ["indicador"],
    description: "Logro esperado 0: el Avance Tipo I es 0 por la regla del aplicativo",
    messages: {
      cero: "{who} tiene logro esperado 0: el aplicativo le asigna Avance Tipo I 0 (sin logro esperado).",
    },
    example:
      "IND.01.AEI.04.02 tiene logro esperado 0: el aplicativo le asigna Avance Tipo I 0 (sin logro esperado).",
    fix: "Si el indicador sí tiene meta para el año, registre el logro esperado; si no, el avance 0 es el del aplicativo.",
  },
  check(ctx) {
    for (const ind of itemsOf(ctx.items, "indicador")) {
      if (ind.logro && ind.logro.value === 0) {
        ctx.report({ cell: ind.logro.address, messageId: "cero", data: { who: ind.who } });
      }
    }
  },
});
