import { planWho } from "./planWords";
import { createRule, itemsOf } from "./context";

/**
 * Info, not a warning: multi-year work (a study, a campaign, a regulation) is scheduled across
 * years while the plan states its meta only for the year it delivers, so a marked year without a
 * meta is often intended. It is still worth a look when the plan is reviewed.
 */
export const v6CronogramaSinMeta = createRule({
  meta: {
    id: "V6.cronograma-sin-meta",
    severity: "info",
    on: ["meta-plan"],
    description: "Año marcado en el cronograma de una actividad que no tiene meta para ese año",
    messages: {
      sinMeta: "{who} está marcada en {year} en el cronograma, pero no tiene meta para {year}.",
    },
    example:
      "La actividad 1.1.1.2 está marcada en 2026 en el cronograma, pero no tiene meta para 2026.",
    fix: "Si la actividad entrega algo ese año, registre la meta del año; si es trabajo en curso hacia una meta posterior, no hace falta cambiar nada.",
  },
  check(ctx) {
    for (const row of itemsOf(ctx.items, "meta-plan")) {
      // An activity whose plan states no meta at all is not compared year by year.
      if (row.metas.length === 0) continue;
      const withMeta = new Set(row.metas.map((m) => m.year));
      const seen = new Set<number>();
      for (const mark of row.marks) {
        if (withMeta.has(mark.year) || seen.has(mark.year)) continue;
        seen.add(mark.year);
        ctx.report({
          cell: mark.address,
          messageId: "sinMeta",
          data: { who: planWho(row), year: mark.year },
        });
      }
    }
  },
});
