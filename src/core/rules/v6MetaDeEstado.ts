import { planWho } from "./planWords";
import { createRule, itemsOf } from "./context";
import { metaStateOf, metasOutsideSchedule } from "./planMetaState";
import { listAnd } from "../text/plural";

/** A statement quoted in a message, cut to a readable length. */
const cut = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * Info, not a warning: a meta outside the cronograma that describes a state («01 Directorio se
 * mantiene actualizado») or a result that follows the work («2026: PESEM y PEI incorporan enfoque
 * de EC» after a cronograma that ends in 2025) may need no work in those years. The activities
 * it reports are never reported by V6.meta-fuera-de-cronograma too.
 */
export const v6MetaDeEstado = createRule({
  meta: {
    id: "V6.meta-de-estado",
    severity: "info",
    on: ["meta-plan"],
    description:
      "Meta fuera del cronograma de la actividad que describe un estado o un resultado posterior al trabajo, no trabajo de ese año",
    messages: {
      estado:
        "{who} tiene meta en {years} fuera de su cronograma, pero la meta describe un estado («{meta}»): si se sostiene sin trabajo nuevo, no hace falta marcar esos años.",
      resultado:
        "{who} tiene meta en {years}, después del último año que marca su cronograma ({last}): la meta describe un resultado del trabajo («{meta}»).",
    },
    groupMessages: {
      estado:
        "{count} actividades con metas que describen un estado en años que su cronograma no marca ({ranges}).",
      resultado:
        "{count} actividades con una meta que es un resultado posterior a su cronograma ({ranges}).",
    },
    example:
      "La actividad 1.2.2.3 tiene meta en 2028, 2029, 2030 fuera de su cronograma, pero la meta describe un estado («01 Directorio se mantiene actualizado y publicado en la pla…»): si se sostiene sin trabajo nuevo, no hace falta marcar esos años.",
    fix: "Si mantener el estado o lograr el resultado requiere trabajo en esos años, márquelos en el cronograma; si no, no hace falta cambiar nada.",
  },
  check(ctx) {
    for (const row of itemsOf(ctx.items, "meta-plan")) {
      const out = metasOutsideSchedule(row);
      const state = metaStateOf(row, out);
      const first = out[0];
      if (!state || !first) continue;
      const years = listAnd(out.map((m) => String(m.year)));
      const who = planWho(row);
      const meta = cut(state.statement);
      if (state.kind === "estado") {
        ctx.report({ cell: first.read.address, messageId: "estado", data: { who, years, meta } });
        continue;
      }
      const last = Math.max(...row.marks.map((x) => x.year));
      ctx.report({
        cell: first.read.address,
        messageId: "resultado",
        data: { who, years, meta, last },
      });
    }
  },
});
