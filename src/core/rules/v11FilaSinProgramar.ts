import { valueOf } from "../measure/cellRead";
import { createRule, itemsOf } from "./context";

export const v11FilaSinProgramar = createRule({
  meta: {
    id: "V11.fila-sin-programar",
    severity: "info",
    on: ["tabla-tareas"],
    description: "Una tarea o AO sin programación en ningún mes",
    messages: {
      cero: "{label} no programa nada: sus doce meses y su total son 0 o están en blanco.",
    },
    groupMessages: {
      cero: "{count} filas sin programación en ningún mes ({ranges}).",
    },
    example:
      "«Seguimiento de expedientes» no programa nada: sus doce meses y su total son 0 o están en blanco.",
    fix: "Programe la meta de la tarea en sus meses, o márquela para eliminar si ya no se ejecutará.",
  },
  check(ctx) {
    for (const item of itemsOf(ctx.items, "actividad")) {
      // A row marked for deletion with nothing left is what it should be.
      if (item.deletion || item.months.every((m) => m === undefined)) continue;
      if (item.months.some((m) => (valueOf(m) ?? 0) !== 0)) continue;
      if ((valueOf(item.annual) ?? 0) !== 0) continue;
      const cell = item.annual?.address ?? item.months.find((m) => m)?.address ?? item.cell;
      ctx.report({ cell, messageId: "cero", data: { label: item.label } });
    }
  },
});
