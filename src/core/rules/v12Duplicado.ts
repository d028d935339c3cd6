import { fichaNameOf } from "../detect/matrix";
import { a1 } from "../sheet/address";
import { createRule, itemsOf, type RuleContext } from "./context";

export const v12Duplicado = createRule({
  meta: {
    id: "V12.duplicado",
    severity: "error",
    on: ["aei", "actividad", "ao-lineas", "ao-exportada"],
    description: "Códigos, números de actividad o líneas duplicados",
    messages: {
      codigo: "El código {code} ya aparece en {first}.",
      numero: "El número {numero} se repite en la ficha{where} (ya está en {first}).",
      linea: "La AO {ao} tiene dos líneas {line} (la otra en la fila {other}).",
      ao: "La AO {ao} se repite (ya está en {first}).",
    },
    groupMessages: {
      codigo: "{count} códigos repetidos ({ranges}).",
      ao: "{count} AO repetidas ({ranges}).",
    },
    example: "El código AEI.03.02 ya aparece en A21.",
    fix: "Quite la fila repetida o corrija su código o número.",
  },
  check(ctx) {
    // A table of coded objectives (a PEI's OEI / AEI / indicators): each code once.
    if (ctx.has("aei")) codes(ctx);
    const where = fichaNameOf(ctx.matrix);
    const numbers = new Map<string, string>();
    for (const item of itemsOf(ctx.items, "actividad")) {
      const n = item.numero;
      if (!n?.text) continue;
      // Numbering is unique within a section («I. …», «II. …» of one ficha), not across them.
      const key = `${item.section ?? ""}\u0000${n.text}`;
      const first = numbers.get(key);
      const data = { numero: n.text, where: where ? ` (${where})` : "", first: first ?? "" };
      if (first) ctx.report({ cell: n.address, messageId: "numero", data });
      else numbers.set(key, n.address);
    }
    const lineCol = ctx.matrix.header.columns.single.tipoLinea;
    for (const ao of itemsOf(ctx.items, "ao-lineas")) {
      for (const d of ao.duplicates) {
        const data = { ao: ao.code, line: d.line, other: d.other + 1 };
        const cell = lineCol === undefined ? ctx.codeCell(d.row) : a1(d.row, lineCol);
        ctx.report({ cell, messageId: "linea", data });
      }
    }
    const ids = new Map<string, string>();
    for (const ao of itemsOf(ctx.items, "ao-exportada")) {
      if (!ao.code) continue;
      const first = ids.get(ao.code);
      if (first) ctx.report({ cell: ao.cell, messageId: "ao", data: { ao: ao.code, first } });
      else ids.set(ao.code, ao.cell);
    }
  },
});

function codes(ctx: RuleContext) {
  const seen = new Map<string, string>();
  for (const r of ctx.matrix.rows) {
    if (!r.code) continue;
    const cell = ctx.codeCell(r.row);
    const first = seen.get(r.code.code);
    if (first) ctx.report({ cell, messageId: "codigo", data: { code: r.code.code, first } });
    else seen.set(r.code.code, cell);
  }
}
