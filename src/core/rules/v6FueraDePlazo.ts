import { formatNumber } from "../text/formatNumber";
import { MONTH_NAMES } from "../text/months";
import { createRule, itemsOf } from "./context";

export const v6FueraDePlazo = createRule({
  meta: {
    id: "V6.fuera-de-plazo",
    severity: "error",
    on: ["actividad"],
    description: "Nada programado fuera de las fechas de inicio y finalización",
    messages: {
      fuera: "La actividad {label} programa {value} en {month}, fuera de su plazo ({span}).",
    },
    groupMessages: {
      fuera: "{count} meses programados fuera del plazo de su actividad ({ranges}).",
    },
    example:
      "La actividad «Producción y Difusión de Boletín Interno» programa 1 en enero, fuera de su plazo (marzo a diciembre).",
    fix: "Mueva la programación dentro del plazo o corrija la fecha de inicio o de finalización.",
  },
  check(ctx) {
    for (const item of itemsOf(ctx.items, "actividad")) {
      const { start, end } = item;
      if (start === null && end === null) continue;
      const span = `${start ? MONTH_NAMES[start - 1] : "…"} a ${end ? MONTH_NAMES[end - 1] : "…"}`;
      item.months.forEach((read, i) => {
        if (!read || read.value === null || read.value === 0) return;
        if ((start !== null && i + 1 < start) || (end !== null && i + 1 > end)) {
          const data = {
            label: item.label,
            value: formatNumber(read.value),
            month: MONTH_NAMES[i] as string,
            span,
          };
          ctx.report({ cell: read.address, messageId: "fuera", data });
        }
      });
    }
  },
});
