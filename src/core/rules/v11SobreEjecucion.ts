import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

export const v11SobreEjecucion = createRule({
  meta: {
    id: "V11.sobre-ejecucion",
    severity: "warning",
    on: ["ao-lineas", "ao-exportada"],
    description: "Ejecución mayor al 110 % de lo programado",
    messages: {
      programado: "La AO {ao} ejecutó el {value} % de lo programado (más del 110 %).",
      reprogramado: "La AO {ao} ejecutó el {value} % de lo reprogramado (más del 110 %).",
    },
    groupMessages: {
      programado: "{count} AO que ejecutaron más del 110 % de lo programado ({ranges}).",
      reprogramado: "{count} AO que ejecutaron más del 110 % de lo reprogramado ({ranges}).",
    },
    example: "La AO AOI00012700428 ejecutó el 200 % de lo reprogramado (más del 110 %).",
    fix: "Confirme la cifra ejecutada; si es real, reprograme la meta o explique la sobre-ejecución en el informe.",
  },
  check(ctx) {
    for (const ao of itemsOf(ctx.items, "ao-lineas")) {
      if (ao.raw === null || ao.raw <= 110 || ao.ejecutado === undefined) continue;
      const data = { ao: ao.code.slice(0, 50), value: formatNumber(ao.raw) };
      ctx.report({ cell: ctx.codeCell(ao.ejecutado), messageId: "programado", data });
    }
    for (const ao of itemsOf(ctx.items, "ao-exportada")) {
      if (ao.raw === null || ao.raw <= 110) continue;
      const data = { ao: ao.code, value: formatNumber(ao.raw) };
      ctx.report({ cell: ao.cell, messageId: "reprogramado", data });
    }
  },
});
