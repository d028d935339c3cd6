import { planWho, unmarkedYear } from "./planWords";
import { createRule, itemsOf } from "./context";
import { metaStateOf, metasOutsideSchedule } from "./planMetaState";
import { listAnd } from "../text/plural";

export const v6MetaFueraDeCronograma = createRule({
  meta: {
    id: "V6.meta-fuera-de-cronograma",
    severity: "warning",
    on: ["meta-plan"],
    description:
      "Meta en un año que el cronograma de la actividad no marca (un año partido en semestres cuenta como marcado si lo está cualquiera de ellos)",
    messages: {
      fuera:
        "{who} tiene meta en {year} ({meta}), pero su cronograma no marca {unmarked}: la meta queda fuera del cronograma.",
      varios:
        "{who} tiene metas en {years}, años que su cronograma no marca: quedan fuera del cronograma (si son proyección, márquelos o dígalo en la meta).",
    },
    groupMessages: {
      varios: "{count} actividades con metas en años que su cronograma no marca ({ranges}).",
      fuera: "{count} actividades con una meta en un año que su cronograma no marca ({ranges}).",
    },
    example:
      "La actividad 1.2.2.3 tiene meta en 2028 (1), pero su cronograma no marca 2028: la meta queda fuera del cronograma.",
    fix: "Marque con X el año en el cronograma de la actividad, o mueva la meta al año en que el cronograma la programa.",
  },
  check(ctx) {
    for (const row of itemsOf(ctx.items, "meta-plan")) {
      // A metas-only table (Tabla 1) has no cronograma to compare with; a year the cronograma
      // has no column for is outside its horizon, not unmarked.
      const out = metasOutsideSchedule(row);
      const first = out[0];
      // Metas that describe a state or a lagged result are V6.meta-de-estado's notice.
      if (!first || metaStateOf(row, out)) continue;
      // One warning per activity, with its years: an approved plan's projection is not 24 errors.
      if (out.length > 1) {
        const years = listAnd(out.map((m) => String(m.year)));
        const data = { who: planWho(row), years };
        ctx.report({ cell: first.read.address, messageId: "varios", data });
        continue;
      }
      ctx.report({
        cell: first.read.address,
        messageId: "fuera",
        data: {
          who: planWho(row),
          year: first.year,
          meta: first.read.text.slice(0, 40),
          unmarked: unmarkedYear(row, first.year),
        },
      });
    }
  },
});
