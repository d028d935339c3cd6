import { valueOf } from "../measure/cellRead";
import { formatNumber } from "../text/formatNumber";
import { QUARTER_NAMES } from "../text/months";
import { createRule, itemsOf } from "./context";

export const v5NoAcumulable = createRule({
  meta: {
    id: "V5.no-acumulable",
    severity: "warning",
    on: ["actividad"],
    description: "Filas de nivel (%, m.c.a., horas/día, No acumulado) repiten el nivel, no suman",
    messages: {
      trimestre:
        "{label} es un nivel (no acumulable), pero el {quarter} Trimestre suma sus meses ({sum}) en vez de repetir el nivel ({level}).",
      anual:
        "{label} es un nivel (no acumulable), pero la cantidad anual suma los meses ({annual}).",
    },
    example:
      "«Presión de servicio» es un nivel (no acumulable), pero el I Trimestre suma sus meses (63) en vez de repetir el nivel (21).",
    fix: "En una actividad de nivel (porcentaje, m.c.a., horas/día) el trimestre y el año repiten el nivel del último mes.",
  },
  check(ctx) {
    for (const item of itemsOf(ctx.items, "actividad")) {
      if (!item.isLevel) continue;
      const months = item.months.map(valueOf);
      item.quarters.forEach((q, i) => {
        const ms = months.slice(i * 3, i * 3 + 3).filter((v): v is number => v !== null);
        if (!q || q.value === null || ms.length < 2) return;
        const level = ms[ms.length - 1] as number;
        const sum = ms.reduce((a, b) => a + b, 0);
        if (q.value !== level && Math.abs(q.value - sum) < 1e-6) {
          const data = {
            label: item.label,
            quarter: QUARTER_NAMES[i] as string,
            sum: formatNumber(q.value),
            level: formatNumber(level),
          };
          ctx.report({ cell: q.address, messageId: "trimestre", data });
        }
      });
      const levels = months.filter((v): v is number => v !== null);
      const annual = valueOf(item.annual);
      if (item.annual && annual !== null && levels.length > 1) {
        const sum = levels.reduce((a, b) => a + b, 0);
        if (Math.abs(annual - sum) < 1e-6 && annual !== levels[levels.length - 1]) {
          const data = { label: item.label, annual: formatNumber(annual) };
          ctx.report({ cell: item.annual.address, messageId: "anual", data });
        }
      }
    }
  },
});
