import { createRule } from "./context";

const CODE_LIKE = /^(OEI|AEI|IND)\b/i;
/** Section titles that start like a code but are names: «OEI del…», «AEI de la…». */
const TITLE = /^(oei|aei)\b.*\b(del|de la)\b/i;

export const v1Codigo = createRule({
  meta: {
    id: "V1.codigo",
    severity: "error",
    on: ["jerarquia-pei"],
    description: "Código con forma válida (OEI.01, AEI.01.02, IND.01.AEI.01.02)",
    messages: {
      forma:
        "«{label}» parece un código pero no tiene la forma OEI.01, AEI.01.02 o IND.01.AEI.01.02.",
    },
    groupMessages: {
      forma:
        "{count} textos que parecen códigos sin la forma OEI.01, AEI.01.02 o IND.01.AEI.01.02 ({ranges}).",
    },
    example:
      "«AEI.1.2.3» parece un código pero no tiene la forma OEI.01, AEI.01.02 o IND.01.AEI.01.02.",
    fix: "Escriba el código con sus dos dígitos por nivel, separados por puntos: AEI.01.02.",
  },
  check(ctx) {
    for (const r of ctx.matrix.rows) {
      const label = r.label?.trim() ?? "";
      if (r.role === "section" && CODE_LIKE.test(label) && !TITLE.test(label)) {
        ctx.report({
          cell: ctx.codeCell(r.row),
          messageId: "forma",
          data: { label: r.label ?? "" },
        });
      }
    }
  },
});
