import { parseCode } from "../codes/codes";
import { fichaNameOf } from "../detect/matrix";
import { a1 } from "../sheet/address";
import { createRule } from "./context";

export const v3FichaSinAei = createRule({
  meta: {
    id: "V3.ficha-sin-aei",
    severity: "error",
    on: ["ficha-alineacion"],
    description: "Toda ficha o actividad está vinculada a una AEI",
    messages: { falta: "La ficha{where} no indica una AEI con código (AEI.NN.NN)." },
    example: "La ficha (Gestión Comercial) no indica una AEI con código (AEI.NN.NN).",
    fix: "Escriba en la tabla OEI | AEI de la ficha el código de la AEI a la que contribuye.",
  },
  check(ctx) {
    const { ficha, header } = ctx.matrix;
    if (!ficha || ficha.alignment.length === 0) return;
    if (ficha.alignment.some((al) => parseCode(al.aei ?? "")?.kind === "AEI")) return;
    const name = fichaNameOf(ctx.matrix);
    const row = ficha.alignment[0]?.row ?? header.top;
    ctx.report({ cell: a1(row, 0), messageId: "falta", data: { where: name ? ` (${name})` : "" } });
  },
});
