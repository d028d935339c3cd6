import { cutDateOf, headerTexts } from "../detect/cutDate";
import { a1 } from "../sheet/address";
import { MONTH_NAMES } from "../text/months";
import { createRule } from "./context";

export const p3EscalaCorte = createRule({
  meta: {
    id: "P3.escala-corte",
    severity: "info",
    on: ["partida"],
    description: "Qué escala mide una ejecución con fecha de corte antes del cierre del año",
    messages: {
      anual:
        "La ejecución es a {mes} («{corte}»), antes del cierre del año, y se midió con las bandas anuales de CEPLAN ({scale}): el avance se compara con el PIM de todo el año.",
    },
    example:
      "La ejecución es a agosto («Ejecución al 31 de agosto de 2025»), antes del cierre del año, y se midió con las bandas anuales de CEPLAN (CEPLAN anual (75 / 95)): el avance se compara con el PIM de todo el año.",
    fix: "Nada obligatorio. Para otra escala use --escala (o «Escala del semáforo» en el panel); a junio, --periodo semestral.",
  },
  check(ctx) {
    if (ctx.scale.id !== "CEPLAN_ANUAL") return;
    const { matrix, sheet } = ctx;
    const cut = cutDateOf([...matrix.title, ...headerTexts(sheet, matrix.header)]);
    if (!cut || cut.month >= 12) return;
    const data = {
      mes: MONTH_NAMES[cut.month - 1] as string,
      corte: cut.text.slice(0, 80),
      scale: ctx.scale.name,
    };
    ctx.report({ cell: a1(matrix.header.top, matrix.header.left), messageId: "anual", data });
  },
});
