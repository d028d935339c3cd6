import { ofTheCode } from "../articulation/articulationCodes";
import { poiLinks } from "../articulation/poiLinks";
import { createRule } from "./context";

export const v15Articulacion = createRule({
  meta: {
    id: "V15.articulacion",
    severity: "error",
    on: ["poi"],
    description:
      "Toda AO cuelga de un OEI y una AEI del PEI (en el mismo libro, o el de --pei); los códigos se comparan sin importar cómo se escriben",
    messages: {
      falta: "La AO {ao} cuelga {what}, que no está en el PEI.",
      seccion: "Las AO de esta sección o ficha cuelgan {what}, que no está en el PEI.",
    },
    example: "La AO AOI00012700436 cuelga de la AEI.09.09, que no está en el PEI.",
    fix: "Corrija el código de la AEI/OEI de la AO según el PEI vigente, o agregue la acción al PEI si falta.",
  },
  check(ctx) {
    const pei = ctx.articulation?.pei;
    if (!pei) return;
    const links = poiLinks(ctx.sheet, ctx.matrix);
    const missing = links.filter((l) => !pei.known.has(l.code));
    // An AO under a missing AEI of a missing OEI is one problem: its AEI is reported.
    const covered = new Set(
      missing.filter((l) => l.kind === "AEI").map((l) => `${l.ao}|OEI.${l.code.slice(4, 6)}`)
    );
    for (const link of missing) {
      if (link.kind === "OEI" && covered.has(`${link.ao}|${link.code}`)) continue;
      ctx.report(
        link.ao
          ? {
              cell: link.cell,
              messageId: "falta",
              data: { what: ofTheCode(link.code), ao: link.ao },
            }
          : { cell: link.cell, messageId: "seccion", data: { what: ofTheCode(link.code) } }
      );
    }
  },
});
