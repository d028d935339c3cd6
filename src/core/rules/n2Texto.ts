import { formatNumber } from "../text/formatNumber";
import { createRule } from "./context";

export const n2Texto = createRule({
  meta: {
    id: "N2.texto",
    severity: "info",
    on: ["matriz"],
    description: "Números escritos como texto",
    messages: {
      texto: "{what}: el número «{text}» está escrito como texto; se leyó como {value}.",
    },
    groupMessages: {
      texto: "{count} números escritos como texto en {ranges}; se leyeron como números.",
    },
    example:
      "Logro esperado de IND.01.AEI.08.05: el número «3,047.00» está escrito como texto; se leyó como 3,047.",
    fix: "Nada obligatorio: Semáforo lo lee bien. Para que Excel sume la celda, conviértala a número (Datos › Texto en columnas).",
  },
  check(ctx) {
    for (const read of ctx.reads) {
      if (read.status !== "text" || read.value === null) continue;
      const data = { what: read.what, text: read.text, value: formatNumber(read.value) };
      ctx.report({ cell: read.address, messageId: "texto", data });
    }
  },
});
