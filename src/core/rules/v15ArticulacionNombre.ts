import { sameName, ofTheCode } from "../articulation/articulationCodes";
import { poiLinks } from "../articulation/poiLinks";
import { createRule } from "./context";

export const v15ArticulacionNombre = createRule({
  meta: {
    id: "V15.articulacion-nombre",
    severity: "warning",
    on: ["poi"],
    description:
      "El nombre del OEI o la AEI en el POI es el del PEI para el mismo código (sin importar tildes, mayúsculas ni espacios)",
    messages: {
      distinto: "El nombre {what} en el POI («{poi}») no es el del PEI («{pei}», {where}).",
    },
    example:
      "El nombre de la AEI.01.01 en el POI («Atención de partos») no es el del PEI («Atención integral de la salud materna», PEI!A5).",
    fix: "Copie en el POI el nombre de la AEI tal como figura en el PEI vigente (o actualice el PEI).",
  },
  check(ctx) {
    const pei = ctx.articulation?.pei;
    if (!pei) return;
    const reported = new Set<string>();
    for (const link of poiLinks(ctx.sheet, ctx.matrix)) {
      const entry = pei.entries.get(link.code);
      if (!entry || !entry.name || !link.name || !link.nameCell || reported.has(link.code))
        continue;
      if (sameName(entry.name, link.name)) continue;
      reported.add(link.code);
      ctx.report({
        cell: link.nameCell,
        messageId: "distinto",
        data: {
          what: ofTheCode(link.code),
          poi: link.name,
          pei: entry.name,
          where: `${entry.sheet}!${entry.cell}`,
        },
      });
    }
  },
});
