import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

export const v13DevengadoSobrePim = createRule({
  meta: {
    id: "V13.devengado-sobre-pim",
    severity: "error",
    on: ["partida"],
    description: "El devengado de una línea presupuestal no supera su PIM",
    messages: {
      supera: "El devengado de {who} ({devengado}) supera su PIM ({pim}): un avance de {value} %.",
    },
    groupMessages: {
      supera: "{count} líneas presupuestales con devengado mayor que su PIM ({ranges}).",
    },
    example:
      "El devengado de «2001621: Estudios de preinversión» (1,007,700) supera su PIM (1,000,000): un avance de 100.77 %.",
    fix: "Revise el devengado y el PIM de la línea: no se puede devengar más de lo que el PIM autoriza.",
  },
  check(ctx) {
    for (const line of itemsOf(ctx.items, "partida")) {
      const pim = line.pim?.value;
      const devengado = line.devengado?.value;
      if (!line.devengado || pim === null || pim === undefined) continue;
      if (devengado === null || devengado === undefined || devengado <= pim + 1e-6) continue;
      const data = {
        who: `«${line.label.text.slice(0, 60)}»`,
        devengado: formatNumber(devengado),
        pim: formatNumber(pim),
        value: pim > 0 ? formatNumber(Math.round((devengado / pim) * 10000) / 100) : "—",
      };
      ctx.report({ cell: line.devengado.address, messageId: "supera", data });
    }
  },
});
