import { formatNumber } from "../text/formatNumber";
import { foldText } from "../text/normalize";
import { createRule, itemsOf } from "./context";

export const v10Rango = createRule({
  meta: {
    id: "V10.rango",
    severity: "warning",
    on: ["indicador"],
    description: "Valores dentro del rango de su unidad",
    messages: {
      negativo: "{who}: el {what} es negativo ({value}).",
      porcentaje: "{who} es un porcentaje, pero su {what} es {value}.",
    },
    groupMessages: {
      negativo: "{count} valores negativos ({ranges}).",
      porcentaje: "{count} porcentajes fuera de rango ({ranges}).",
    },
    example: "IND.01.AEI.02.01 es un porcentaje, pero su valor obtenido es 887.",
    fix: "Revise la cifra (un porcentaje va de 0 a 100) o la unidad de medida del indicador.",
  },
  check(ctx) {
    for (const ind of itemsOf(ctx.items, "indicador")) {
      const isPercent =
        /^porcentaje\b|%/.test(foldText(ind.name)) ||
        /^(%|porcentaje)$/.test(foldText(ind.unidad?.text ?? ""));
      for (const [read, what] of [
        [ind.logro, "logro esperado"],
        [ind.valor, "valor obtenido"],
      ] as const) {
        if (!read || read.value === null) continue;
        const data = { who: ind.who, what, value: formatNumber(read.value) };
        if (read.value < 0) ctx.report({ cell: read.address, messageId: "negativo", data });
        else if (isPercent && read.value > 100)
          ctx.report({ cell: read.address, messageId: "porcentaje", data });
      }
    }
  },
});
