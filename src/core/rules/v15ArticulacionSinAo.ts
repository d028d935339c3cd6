import { ofTheCode } from "../articulation/articulationCodes";
import { peiEntries } from "../articulation/peiEntries";
import { createRule } from "./context";

export const v15ArticulacionSinAo = createRule({
  meta: {
    id: "V15.articulacion-sin-ao",
    severity: "info",
    on: ["pei"],
    description:
      "Todo OEI y toda AEI del PEI tiene al menos una AO en el POI (en el mismo libro, o con --pei)",
    messages: { sinAo: "Ninguna AO del POI cuelga {what} del PEI." },
    example: "Ninguna AO del POI cuelga de la AEI.03.02 del PEI.",
    fix: "Programe en el POI las AO que implementan la acción (o confirme que no se atiende este año).",
  },
  check(ctx) {
    const codes = ctx.articulation?.poiCodes;
    if (!codes) return;
    for (const entry of peiEntries(ctx.sheet, ctx.matrix)) {
      if (!codes.has(entry.code))
        ctx.report({ cell: entry.cell, messageId: "sinAo", data: { what: ofTheCode(entry.code) } });
    }
  },
});
