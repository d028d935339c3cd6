import { roundHalfUp } from "../numbers/round";
import { a1 } from "../sheet/address";
import { formatNumber } from "../text/formatNumber";
import { foldText } from "../text/normalize";
import { createRule, itemsOf } from "./context";

export const v13Promedio = createRule({
  meta: {
    id: "V13.promedio",
    severity: "warning",
    on: ["jerarquia-pei"],
    description: "El promedio impreso coincide con la media de las filas",
    messages: {
      distinto: "El promedio impreso ({printed}) no es la media simple de las {n} AEI ({mean}).",
    },
    example: "El promedio impreso (60.12) no es la media simple de las 30 AEI (59.48).",
    fix: "El «avance promedio de AEI» de CEPLAN es la media simple de todas las AEI, con las de avance 0.",
  },
  check(ctx) {
    const values = itemsOf(ctx.items, "aei")
      .map((aei) => aei.printed)
      .filter((p) => p?.status === "number")
      .map((p) => p?.value as number);
    if (values.length === 0) return;
    const mean = roundHalfUp(values.reduce((a, b) => a + b, 0) / values.length, 2);
    for (const r of ctx.matrix.rows) {
      if (r.role !== "total" || !/promedio/.test(foldText(r.label ?? ""))) continue;
      const row = ctx.sheet.rows[r.row] ?? [];
      const printed = row.filter((v): v is number => typeof v === "number").pop();
      if (printed === undefined || Math.abs(mean - printed) <= 0.01) continue;
      const data = { printed: formatNumber(printed), n: values.length, mean: formatNumber(mean) };
      ctx.report({ cell: a1(r.row, row.lastIndexOf(printed)), messageId: "distinto", data });
    }
  },
});
