import { planWho } from "./planWords";
import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

export const v11SinLogrado = createRule({
  meta: {
    id: "V11.sin-logrado",
    severity: "warning",
    on: ["indicador-previsto", "meta-plan"],
    description:
      "Indicador con previsto a la fecha de corte, o actividad de un plan con meta en el año evaluado, y el logrado en blanco",
    messages: {
      blanco:
        "{who} tiene previsto {previsto} a la fecha de corte, pero su logrado está en blanco: el avance queda sin dato.",
      blancoPlan:
        "{who} tiene meta {meta} en {year}, pero su logrado {year} está en blanco: el avance queda sin dato.",
    },
    example:
      "«Número de personas con aguas residuales tratadas.» tiene previsto 6,056 a la fecha de corte, pero su logrado está en blanco: el avance queda sin dato.",
    fix: "Registre el logrado a la fecha de corte (0 si no se logró nada); si el dato aún no existe, indíquelo en una nota.",
  },
  check(ctx) {
    for (const ind of itemsOf(ctx.items, "indicador-previsto")) {
      const { previsto, logrado } = ind;
      if (!logrado || logrado.status !== "blank" || !previsto || previsto.value === null) continue;
      ctx.report({
        cell: logrado.address,
        messageId: "blanco",
        data: { who: `«${ind.name.text.slice(0, 60)}»`, previsto: formatNumber(previsto.value) },
      });
    }
    // A plan's activity: the meta of the evaluated year (a number; a statement has no avance).
    for (const row of itemsOf(ctx.items, "meta-plan")) {
      const a = row.avance;
      if (!a || a.logrado.status !== "blank" || a.meta.value === null) continue;
      ctx.report({
        cell: a.logrado.address,
        messageId: "blancoPlan",
        data: { who: planWho(row), meta: formatNumber(a.meta.value), year: String(a.year) },
      });
    }
  },
});
