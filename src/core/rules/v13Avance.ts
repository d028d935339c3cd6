import type { CellRead } from "../measure/cellRead";
import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf, type RuleContext } from "./context";

export const v13Avance = createRule({
  meta: {
    id: "V13.avance",
    severity: "warning",
    on: ["valores-obtenidos"],
    description: "El avance impreso coincide con el recalculado",
    messages: {
      distinto:
        "El avance impreso ({printed}) no coincide con el recalculado para {who} ({value}).",
    },
    groupMessages: {
      distinto: "{count} avances impresos que no coinciden con el recalculado ({ranges}).",
    },
    example: "El avance impreso (100) no coincide con el recalculado para IND.01.AEI.06.01 (58).",
    fix: "Revise el logro esperado, el valor obtenido y el sentido del indicador; si el impreso es correcto, explique la regla aplicada.",
  },
  check(ctx) {
    const noSentido = ctx.matrix.header.columns.single.sentido === undefined;
    const note = noSentido ? " con sentido ascendente (la tabla no indica el sentido)" : "";
    for (const ind of itemsOf(ctx.items, "indicador")) {
      compare(ctx, ind.printed, ind.value, `${ind.who}${note}`);
    }
    for (const aei of itemsOf(ctx.items, "aei")) {
      compare(ctx, aei.printed, aei.value, `la AEI ${aei.code} (promedio de sus indicadores)`);
    }
  },
});

function compare(
  ctx: RuleContext,
  printed: CellRead | undefined,
  value: number | null,
  who: string
) {
  if (!printed || printed.status !== "number" || printed.value === null || value === null) return;
  if (Math.abs(printed.value - value) > 0.01) {
    const data = { printed: formatNumber(printed.value), value: formatNumber(value), who };
    ctx.report({ cell: printed.address, messageId: "distinto", data });
  }
}
