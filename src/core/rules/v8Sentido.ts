import { inferSentido } from "../calc/sentido";
import { a1 } from "../sheet/address";
import { formatNumber } from "../text/formatNumber";
import { foldText } from "../text/normalize";
import { createRule, itemsOf } from "./context";

export const v8Sentido = createRule({
  meta: {
    id: "V8.sentido",
    severity: "warning",
    on: ["indicador"],
    description: "Los logros esperados concuerdan con el sentido",
    messages: {
      desconocido: "Sentido no reconocido en {who}: «{stated}».",
      mixto: "Los logros esperados de {who} suben y bajan ({values}); revise la serie.",
      contradice: "{who} dice «{stated}», pero sus logros esperados son {inferred}.",
    },
    example:
      "Los logros esperados de IND.01.AEI.02.03 suben y bajan (48.62, 45, 50); revise la serie.",
    fix: "Revise los logros esperados año por año, o el sentido declarado: un indicador ascendente no baja.",
  },
  check(ctx) {
    const firstLogro = ctx.matrix.header.columns.logros[0]?.col;
    for (const ind of itemsOf(ctx.items, "indicador")) {
      const stated = ind.sentidoCell?.text ?? "";
      if (ind.sentidoCell && stated !== "" && !ind.sentidoValid) {
        const data = { who: ind.who, stated };
        ctx.report({ cell: ind.sentidoCell.address, messageId: "desconocido", data });
      }
      if (ind.series.length < 2 || firstLogro === undefined) continue;
      const values = [ind.lineaBase?.value ?? null, ...ind.series.map((s) => s.read.value)].filter(
        (v): v is number => v !== null
      );
      const inferred = inferSentido(values);
      if (inferred === "Mixto") {
        const data = { who: ind.who, values: values.map(formatNumber).join(", ") };
        ctx.report({ cell: a1(ind.row, firstLogro), messageId: "mixto", data });
      } else if (inferred && stated && ind.sentidoCell) {
        const fold = foldText(stated);
        const agrees =
          (inferred === "Ascendente" && fold.startsWith("asc")) ||
          (inferred === "Descendente" && fold.startsWith("desc")) ||
          (inferred === "No definido" &&
            (fold.startsWith("no definido") || fold.includes("permisible")));
        if (!agrees) {
          const data = { who: ind.who, stated, inferred: inferred.toLowerCase() };
          ctx.report({ cell: ind.sentidoCell.address, messageId: "contradice", data });
        }
      }
    }
  },
});
