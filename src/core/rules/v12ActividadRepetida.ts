import { fichaNameOf } from "../kinds/fichaMeasure";
import { foldText } from "../text/normalize";
import { itemsOf, type PlanRule } from "./context";

export const v12ActividadRepetida: PlanRule = {
  meta: {
    id: "V12.actividad-repetida",
    severity: "warning",
    kinds: ["poi-programacion"],
    description: "Una actividad escrita dos veces en la misma ficha",
    messages: {
      repetida: "La actividad {label} se repite en la ficha{where} (ya está en {first}).",
    },
    example:
      "La actividad «Mantenimiento de redes» se repite en la ficha (Operaciones) (ya está en B40).",
    fix: "Si son dos actividades distintas, distinga sus nombres; si es la misma, deje una sola fila.",
  },
  check(ctx) {
    const where = fichaNameOf(ctx.matrix);
    const names = new Map<string, string>();
    for (const item of itemsOf(ctx.items, "ficha-ao")) {
      const a = item.activity;
      if (!a?.text) continue;
      const key = foldText(a.text);
      const first = names.get(key);
      const data = { label: item.label, where: where ? ` (${where})` : "", first: first ?? "" };
      if (first) ctx.report({ cell: a.address, messageId: "repetida", data });
      else names.set(key, a.address);
    }
  },
};
