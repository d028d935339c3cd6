import { createRule, itemsOf } from "./context";

export const v2AeiSinIndicador = createRule({
  meta: {
    id: "V2.aei-sin-indicador",
    severity: "error",
    on: ["jerarquia-pei"],
    description: "Toda AEI tiene al menos un indicador",
    messages: { falta: "La AEI {code} no tiene indicadores." },
    example: "La AEI AEI.04.03 no tiene indicadores.",
    fix: "Agregue bajo la AEI la fila de su indicador (IND.01.AEI.04.03) con sus logros esperados.",
  },
  check(ctx) {
    for (const aei of itemsOf(ctx.items, "aei")) {
      if (aei.indicators.length === 0) {
        ctx.report({ cell: ctx.codeCell(aei.row), messageId: "falta", data: { code: aei.code } });
      }
    }
  },
});
