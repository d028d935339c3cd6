import { formatNumber } from "../text/formatNumber";
import { MONTH_NAMES } from "../text/months";
import { createRule, itemsOf } from "./context";

export const v11SinMotivo = createRule({
  meta: {
    id: "V11.sin-motivo",
    severity: "info",
    on: ["ao-exportada"],
    description: "Desviación entre ejecutado y programado sin motivo",
    messages: {
      motivo:
        "La AO {ao} se desvía en {month} (programado {prog}, ejecutado {exec}) sin motivo registrado.",
    },
    groupMessages: {
      motivo: "{count} desvíos sin motivo registrado ({ranges}).",
    },
    example:
      "La AO AOI00012700428 se desvía en marzo (programado 1, ejecutado 0) sin motivo registrado.",
    fix: "Registre en el Aplicativo el Motivo(SE) del mes en que la ejecución difiere de lo reprogramado.",
  },
  check(ctx) {
    for (const ao of itemsOf(ctx.items, "ao-exportada")) {
      ao.exec.forEach((e, i) => {
        const motivo = ao.motivos[i];
        if (!e || e.value === null || !motivo) return;
        const prog = ao.prog[i]?.value ?? 0;
        if (e.value === prog || motivo.text !== "") return;
        const data = {
          ao: ao.code,
          month: MONTH_NAMES[i] as string,
          prog: formatNumber(prog),
          exec: formatNumber(e.value),
        };
        ctx.report({ cell: e.address, messageId: "motivo", data });
      });
    }
  },
});
