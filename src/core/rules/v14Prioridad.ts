import { itemsOf, type PlanRule } from "./context";

const PRIORITY = /\(\s*prioridad\s*:?\s*(\d+)\s*\)/i;

export const v14Prioridad: PlanRule = {
  meta: {
    id: "V14.prioridad",
    severity: "info",
    kinds: ["pei-seguimiento", "pei-matriz"],
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
    for (const aei of itemsOf(ctx.items, "pei-aei")) {
      const match = aei.name ? PRIORITY.exec(aei.name.text) : null;
      if (!match || !aei.name) continue;
      const oei = aei.planCode.parent ?? "";
      byOei.set(oei, [...(byOei.get(oei) ?? []), { p: Number(match[1]), cell: aei.name.address }]);
    }
    for (const [oei, list] of byOei) {
      const sorted = list.map((x) => x.p).sort((a, b) => a - b);
      if (sorted.every((p, i) => p === i + 1)) continue;
      const data = { oei, list: sorted.join(", "), n: list.length };
      ctx.report({ cell: (list[0] as { cell: string }).cell, messageId: "orden", data });
    }
  },
};
