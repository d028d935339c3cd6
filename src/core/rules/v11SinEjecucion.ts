import type { AoLinesItem } from "../measure/item";
import { a1 } from "../sheet/address";
import { formatNumber } from "../text/formatNumber";
import { MONTH_NAMES } from "../text/months";
import { createRule, itemsOf } from "./context";

/**
 * The report's cut-off: the last month in which some AO recorded execution (-1 when none did: a
 * blank template, whose period end is unknown). An EJECUTADO line blank up to it was left
 * unfilled, not executed at zero.
 */
function cutOff(aos: AoLinesItem[]): number {
  let last = -1;
  for (const ao of aos) {
    ao.exec.forEach((e, i) => {
      if (e && e.status !== "blank") last = Math.max(last, i);
    });
  }
  return last;
}

export const v11SinEjecucion = createRule({
  meta: {
    id: "V11.sin-ejecucion",
    severity: "warning",
    on: ["ao-lineas"],
    description: "Línea EJECUTADO en blanco al cierre del periodo",
    messages: {
      blanco:
        "La AO {ao} no tiene ejecución registrada: su línea EJECUTADO está en blanco hasta {month}, con {value} programado.",
    },
    groupMessages: {
      blanco: "{count} AO sin ejecución registrada ({ranges}).",
    },
    example:
      "La AO AOI00109100005 no tiene ejecución registrada: su línea EJECUTADO está en blanco hasta junio, con 18 programado.",
    fix: "Registre lo ejecutado cada mes (0 si no se ejecutó nada) o explique en el motivo por qué no se reporta.",
  },
  check(ctx) {
    const aos = itemsOf(ctx.items, "ao-lineas");
    const last = cutOff(aos);
    if (last < 0) return;
    const lineCol = ctx.matrix.header.columns.single.tipoLinea ?? ctx.matrix.header.left;
    for (const ao of aos) {
      if (ao.programado === undefined || ao.ejecutado === undefined) continue;
      if (ao.exec.some((e) => e && e.status !== "blank")) continue;
      const programmed = ao.prog
        .slice(0, last + 1)
        .reduce((a, p) => a + (p?.value && p.value > 0 ? p.value : 0), 0);
      if (programmed <= 0) continue;
      const data = {
        ao: ao.code.slice(0, 50),
        month: MONTH_NAMES[last] as string,
        value: formatNumber(programmed),
      };
      ctx.report({ cell: a1(ao.ejecutado, lineCol), messageId: "blanco", data });
    }
  },
});
