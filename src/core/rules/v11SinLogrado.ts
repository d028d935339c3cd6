import { formatNumber } from "../text/formatNumber";
import { itemsOf, type PlanRule } from "./context";

export const v11SinLogrado: PlanRule = {
  meta: {
    id: "V11.sin-logrado",
    severity: "warning",
    kinds: ["indicadores-previsto-logrado"],
    description: "Indicador con previsto a la fecha de corte y el logrado en blanco",
    messages: {
      blanco:
        "{who} tiene previsto {previsto} a la fecha de corte, pero su logrado está en blanco: el avance queda sin dato.",
    },
    example:
      "«Número de personas con aguas residuales tratadas.» tiene previsto 6,056 a la fecha de corte, pero su logrado está en blanco: el avance queda sin dato.",
    fix: "Registre el logrado a la fecha de corte (0 si no se logró nada); si el dato aún no existe, indíquelo en una nota.",
  },
  check(ctx) {
    for (const ind of itemsOf(ctx.items, "previsto-logrado")) {
      const { previsto, logrado } = ind;
      if (!logrado || logrado.status !== "blank" || !previsto || previsto.value === null) continue;
      ctx.report({
        cell: logrado.address,
        messageId: "blanco",
        data: { who: `«${ind.name.text.slice(0, 60)}»`, previsto: formatNumber(previsto.value) },
      });
    }
  },
};
