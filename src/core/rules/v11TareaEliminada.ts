import { valueOf } from "../measure/cellRead";
import type { FichaActivityItem } from "../measure/item";
import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

/** What a row still programs: its twelve months, else its annual quantity. */
export function programmedTotal(item: FichaActivityItem): number {
  const months = item.months.map(valueOf).filter((v): v is number => v !== null);
  const sum = months.reduce((a, b) => a + b, 0);
  return months.length > 0 ? sum : (valueOf(item.annual) ?? valueOf(item.meta) ?? 0);
}

export const v11TareaEliminada = createRule({
  meta: {
    id: "V11.tarea-eliminada",
    severity: "warning",
    on: ["tabla-tareas"],
    description: "Una tarea marcada para eliminar ya no tiene programación",
    messages: {
      programada:
        "La tarea {label} está marcada «{mark}» en {at}, pero aún programa {value}: se sumaría al POI.",
    },
    groupMessages: {
      programada: "{count} tareas marcadas para eliminar que aún tienen programación ({ranges}).",
    },
    example:
      "La tarea «Capacitación a especialistas» está marcada «ELIMINAR» en AC120, pero aún programa 12: se sumaría al POI.",
    fix: "Ponga en 0 los meses de la tarea que se elimina, o quite la marca si la tarea continúa.",
  },
  check(ctx) {
    for (const item of itemsOf(ctx.items, "actividad")) {
      if (!item.deletion) continue;
      const value = programmedTotal(item);
      if (value === 0) continue;
      const data = {
        label: item.label,
        mark: item.deletion.text,
        at: item.deletion.address,
        value: formatNumber(value),
      };
      ctx.report({ cell: item.deletion.address, messageId: "programada", data });
    }
  },
});
