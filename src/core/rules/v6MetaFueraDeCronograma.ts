import { planWho, unmarkedYear } from "../kinds/planMeasure";
import { itemsOf, type PlanRule } from "./context";

export const v6MetaFueraDeCronograma: PlanRule = {
  meta: {
    id: "V6.meta-fuera-de-cronograma",
    severity: "error",
    kinds: ["plan-metas-cronograma"],
    description:
      "Meta en un año que el cronograma de la actividad no marca (un año partido en semestres cuenta como marcado si lo está cualquiera de ellos)",
    messages: {
      fuera:
        "{who} tiene meta en {year} ({meta}), pero su cronograma no marca {unmarked}: la meta queda fuera del cronograma.",
    },
    example:
      "La actividad 1.2.2.3 tiene meta en 2028 (1), pero su cronograma no marca 2028: la meta queda fuera del cronograma.",
    fix: "Marque con X el año en el cronograma de la actividad, o mueva la meta al año en que el cronograma la programa.",
  },
  check(ctx) {
    for (const row of itemsOf(ctx.items, "plan-meta")) {
      // A metas-only table (Tabla 1) has no cronograma to compare with.
      if (row.scheduleYears.length === 0) continue;
      const marked = new Set(row.marks.map((x) => x.year));
      for (const meta of row.metas) {
        // A year the cronograma has no column for is outside its horizon, not unmarked.
        if (marked.has(meta.year) || !row.scheduleYears.includes(meta.year)) continue;
        ctx.report({
          cell: meta.read.address,
          messageId: "fuera",
          data: {
            who: planWho(row),
            year: meta.year,
            meta: meta.read.text.slice(0, 40),
            unmarked: unmarkedYear(row, meta.year),
          },
        });
      }
    }
  },
};
