import { looksLikeBrokenAoCode } from "../codes/codes";
import { createRule, itemsOf } from "./context";

export const v1CodigoAo = createRule({
  meta: {
    id: "V1.codigo-ao",
    severity: "warning",
    on: ["ao-lineas"],
    description: "Código de AO con la forma del aplicativo (AOI + UE + correlativo)",
    messages: {
      forma:
        "El código de la AO «{code}» no tiene la forma AOI + UE (6 dígitos) + correlativo (5 dígitos), p. ej. AOI30071100001.",
    },
    groupMessages: {
      forma: "{count} códigos de AO sin la forma AOI + UE + correlativo ({ranges}).",
    },
    example:
      "El código de la AO «AC0307110001» no tiene la forma AOI + UE (6 dígitos) + correlativo (5 dígitos), p. ej. AOI30071100001.",
    fix: "Copie el código tal como lo muestra el Aplicativo CEPLAN (suele dañarse al copiar de un PDF).",
  },
  check(ctx) {
    for (const ao of itemsOf(ctx.items, "ao-lineas")) {
      const text = ao.codeCell.text;
      if (looksLikeBrokenAoCode(text)) {
        ctx.report({
          cell: ao.cell,
          messageId: "forma",
          data: { code: text.split(" ")[0] ?? text },
        });
      }
    }
  },
});
