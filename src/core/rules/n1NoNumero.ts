import { createRule } from "./context";

export const n1NoNumero = createRule({
  meta: {
    id: "N1.no-numero",
    severity: "error",
    on: ["matriz"],
    description: "Las celdas numéricas contienen números",
    messages: {
      texto: "{what}: «{text}» no es un número.",
      error: "{what}: la celda tiene el error {text}.",
    },
    groupMessages: {
      texto: "{count} celdas con texto donde se espera un número ({ranges}).",
      error: "{count} celdas con un error de fórmula ({ranges}).",
    },
    example: "Valor obtenido de IND.01.AEI.08.05: «nd» no es un número.",
    fix: "Escriba el número (o deje la celda vacía si no hay dato); corrija la fórmula que da error.",
  },
  check(ctx) {
    for (const read of ctx.reads) {
      if (read.status !== "invalid" && read.status !== "error") continue;
      const messageId = read.status === "error" ? "error" : "texto";
      ctx.report({ cell: read.address, messageId, data: { what: read.what, text: read.text } });
    }
  },
});
