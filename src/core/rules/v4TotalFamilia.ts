import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

/** Half a unit of the last of the two decimals the Aplicativo prints («1250.50»). */
const TOLERANCE = 0.005;

export const v4TotalFamilia = createRule({
  meta: {
    id: "V4.total-familia",
    severity: "error",
    on: ["linea-financiera"],
    description:
      "El Total de cada familia del Aplicativo (F(RE), Fn(RE), F(E)…) es la suma de sus doce meses",
    messages: {
      total:
        "El {family} Total de {ao} ({total}) no es la suma de sus meses ({sum}); diferencia {diff}.",
    },
    groupMessages: {
      total: "{count} totales de familia que no son la suma de sus meses ({ranges}).",
    },
    example: "El F(RE) Total de AOI00000000010 (19) no es la suma de sus meses (18); diferencia 1.",
    fix: "Corrija el mes o el total en el Aplicativo y vuelva a exportar: el total debe ser la suma de los doce meses.",
  },
  check(ctx) {
    for (const line of itemsOf(ctx.items, "linea-financiera")) {
      for (const f of line.families) {
        const total = f.total?.value;
        if (!f.total || total === null || total === undefined) continue;
        const filled = f.months.filter((m) => m && m.value !== null);
        if (filled.length === 0) continue;
        const sum = filled.reduce((a, m) => a + (m?.value as number), 0);
        if (Math.abs(sum - total) <= TOLERANCE) continue;
        const data = {
          family: f.name,
          ao: line.code,
          total: formatNumber(total),
          sum: formatNumber(Math.round(sum * 100) / 100),
          diff: formatNumber(Math.round(Math.abs(sum - total) * 100) / 100),
        };
        ctx.report({ cell: f.total.address, messageId: "total", data });
      }
    }
  },
});
