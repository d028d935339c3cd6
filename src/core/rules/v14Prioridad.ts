import { createRule, itemsOf } from "./context";

const PRIORITY = /\(\s*prioridad\s*:?\s*(\d+)\s*\)/i;

export const v14Prioridad = createRule({
  meta: {
    id: "V14.prioridad",
    severity: "info",
    on: ["aei"],
    description: "Prioridades de AEI únicas y consecutivas dentro de cada OEI",
    messages: {
      orden:
        "Las prioridades de las AEI del {oei} ({list}) no van de 1 a {n} sin saltos ni repeticiones.",
    },
    example:
      "Las prioridades de las AEI del OEI.03 (1, 1, 3) no van de 1 a 3 sin saltos ni repeticiones.",
    fix: "Numere las prioridades de las AEI de cada OEI de 1 en adelante, sin repetir.",
  },
  check(ctx) {
    const byOei = new Map<string, { p: number; cell: string }[]>();
    for (const aei of itemsOf(ctx.items, "aei")) {
      const oei = aei.planCode.parent ?? "";
      const add = (p: number, cell: string) =>
        byOei.set(oei, [...(byOei.get(oei) ?? []), { p, cell }]);
      // A Prioridad column (flat indicator tables) first, else «(Prioridad:N)» in the name.
      if (aei.priority?.value != null) {
        add(aei.priority.value, aei.priority.address);
        continue;
      }
      const match = aei.name ? PRIORITY.exec(aei.name.text) : null;
      if (match && aei.name) add(Number(match[1]), aei.name.address);
    }
    for (const [oei, list] of byOei) {
      const sorted = list.map((x) => x.p).sort((a, b) => a - b);
      if (sorted.every((p, i) => p === i + 1)) continue;
      const data = { oei, list: sorted.join(", "), n: list.length };
      // Point at the repeated priority when there is one, else at the OEI's first AEI.
      const repeated = list.find((x, i) => list.findIndex((y) => y.p === x.p) !== i);
      ctx.report({
        cell: (repeated ?? (list[0] as { cell: string })).cell,
        messageId: "orden",
        data,
      });
    }
  },
});
