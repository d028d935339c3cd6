import { matchHeader } from "../detect/vocabulary";
import { a1 } from "../sheet/address";
import { cellAt, cellText } from "../sheet/sheetData";
import { createRule, type RuleContext } from "./context";

/** The header text of a column (its top header row, else the row below). */
function headerText(ctx: RuleContext, col: number): string {
  const { top, bottom } = ctx.matrix.header;
  for (let r = top; r <= bottom; r++) {
    const t = cellText(cellAt(ctx.sheet, r, col)).trim();
    if (t !== "") return t;
  }
  return "";
}

export const p2ColumnaTarea = createRule({
  meta: {
    id: "P2.columna-tarea",
    severity: "info",
    on: ["tabla-tareas"],
    description: "Qué columna nombra las tareas cuando hay varias o falta una",
    messages: {
      version: "Se leyeron las tareas de «{used}», la versión más reciente; no se leyó {others}.",
      sinTarea: "No se leyó una columna de tareas: se usó «{used}» para nombrar las filas.",
    },
    example:
      "Se leyeron las tareas de «TAREAS_V2», la versión más reciente; no se leyó «TAREAS_V1».",
    fix: "Nada obligatorio. Si las tareas están en otra columna, indíquela con un mapa de columnas (--columnas o «Definir columnas»).",
  },
  check(ctx) {
    const { single } = ctx.matrix.header.columns;
    const { top, left, right } = ctx.matrix.header;
    const used = single.tarea;
    if (used === undefined) {
      const col = single.codigoTarea ?? single.actividad;
      if (col === undefined) return;
      const data = { used: headerText(ctx, col) };
      ctx.report({ cell: a1(top, col), messageId: "sinTarea", data });
      return;
    }
    const others: string[] = [];
    for (let c = left; c <= right; c++) {
      if (c === used) continue;
      const text = headerText(ctx, c);
      if (text !== "" && matchHeader(text)?.concept === "tarea") others.push(`«${text}»`);
    }
    if (others.length === 0) return;
    const data = { used: headerText(ctx, used), others: others.join(", ") };
    ctx.report({ cell: a1(top, used), messageId: "version", data });
  },
});
