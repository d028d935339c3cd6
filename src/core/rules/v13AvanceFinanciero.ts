import { formatNumber, shownDecimals } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

export const v13AvanceFinanciero = createRule({
  meta: {
    id: "V13.avance-financiero",
    severity: "warning",
    on: ["partida"],
    description: "El avance presupuestal impreso es devengado / PIM",
    messages: {
      distinto:
        "El avance impreso de {who} ({printed}) no es devengado / PIM ({devengado} / {pim} = {value}).",
    },
    groupMessages: {
      distinto: "{count} avances impresos que no son devengado / PIM ({ranges}).",
    },
    example:
      "El avance impreso de «2.3. Bienes y Servicios» (85.4) no es devengado / PIM (9,412,300 / 11,525,503 = 81.66).",
    fix: "Recalcule el avance como devengado entre PIM por 100, o corrija el devengado o el PIM.",
  },
  check(ctx) {
    for (const line of itemsOf(ctx.items, "partida")) {
      const { printed, value } = line;
      if (!printed || printed.value === null || value === null) continue;
      // A table may print the avance as a fraction (0.8167) or in percent points (81.67).
      const fraction = Math.abs(printed.value) <= 1.5 && value > 1.5;
      const shown = fraction ? printed.value * 100 : printed.value;
      // Compared within the precision it is printed with: half a unit of its last shown decimal
      // (MEF prints 81.7 for 81.66), as V4.decimales does for totals.
      const half = 0.5 * 10 ** -shownDecimals(printed.value) * (fraction ? 100 : 1);
      if (Math.abs(shown - value) <= Math.max(half, 0.01) + 1e-9) continue;
      const data = {
        who: `«${line.label.text.slice(0, 60)}»`,
        printed: formatNumber(printed.value),
        devengado: formatNumber(line.devengado?.value ?? 0),
        pim: formatNumber(line.pim?.value ?? 0),
        value: formatNumber(value),
      };
      ctx.report({ cell: printed.address, messageId: "distinto", data });
    }
  },
});
