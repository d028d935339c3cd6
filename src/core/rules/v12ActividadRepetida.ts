import { fichaNameOf } from "../detect/matrix";
import { foldText } from "../text/normalize";
import { createRule, itemsOf } from "./context";

export const v12ActividadRepetida = createRule({
  meta: {
    id: "V12.actividad-repetida",
    severity: "warning",
    on: ["actividad"],
    description: "Una actividad escrita dos veces en la misma ficha",
    messages: {
      repetida: "La actividad {label} se repite en la ficha{where} (ya está en {first}).",
      tarea: "La tarea {label} se repite en la AO {ao} (ya está en {first}).",
    },
    groupMessages: {
      tarea: "{count} tareas repetidas dentro de su AO ({ranges}).",
      repetida: "{count} actividades repetidas en su ficha ({ranges}).",
    },
    example:
      "La actividad «Mantenimiento de redes» se repite en la ficha (Operaciones) (ya está en B40).",
    fix: "Si son dos actividades distintas, distinga sus nombres; si es la misma, deje una sola fila.",
  },
  check(ctx) {
    const where = fichaNameOf(ctx.matrix);
    const names = new Map<string, string>();
    for (const item of itemsOf(ctx.items, "actividad")) {
      const a = item.activity;
      if (!a?.text) continue;
      // A flat POI's task is repeated only within its AO: the same task under two AO is the layout.
      const task = ctx.has("tabla-tareas");
      const group = task ? `${item.section ?? ""}\u0000` : "";
      const key = group + foldText(a.text);
      const first = names.get(key);
      const data = { label: item.label, where: where ? ` (${where})` : "", first: first ?? "" };
      if (first && task) {
        const ao = (item.section ?? "").slice(0, 60);
        ctx.report({ cell: a.address, messageId: "tarea", data: { ...data, ao } });
      } else if (first) ctx.report({ cell: a.address, messageId: "repetida", data });
      else names.set(key, a.address);
    }
  },
});
