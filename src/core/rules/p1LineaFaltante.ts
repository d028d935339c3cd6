import { createRule, itemsOf } from "./context";

export const p1LineaFaltante = createRule({
  meta: {
    id: "P1.linea-faltante",
    severity: "error",
    on: ["ao-lineas"],
    description: "Cada AO tiene su línea PROGRAMADO y su línea EJECUTADO",
    messages: { falta: "La AO {ao} no tiene su línea {line}." },
    groupMessages: { falta: "{count} AO sin su línea PROGRAMADO o EJECUTADO ({ranges})." },
    example: "La AO AOI30071100005 no tiene su línea EJECUTADO.",
    fix: "Agregue la línea que falta debajo de la otra, con los mismos meses.",
  },
  check(ctx) {
    for (const ao of itemsOf(ctx.items, "ao-lineas")) {
      const line =
        ao.programado === undefined
          ? "PROGRAMADO"
          : ao.ejecutado === undefined
            ? "EJECUTADO"
            : null;
      if (line)
        ctx.report({ cell: ao.cell, messageId: "falta", data: { ao: ao.code.slice(0, 60), line } });
    }
  },
});
