import { formatNumber } from "../text/formatNumber";
import { MONTH_NAMES } from "../text/months";
import type { CellRead } from "../measure/cellRead";
import { createRule, itemsOf, type RuleContext } from "./context";

export const v11SinProgramacion = createRule({
  meta: {
    id: "V11.sin-programacion",
    severity: "warning",
    on: ["ao-lineas", "ao-exportada"],
    description: "Ejecutado sin programación",
    messages: {
      programado: "La AO {ao} ejecuta {value} en {month} sin nada programado.",
      reprogramado: "La AO {ao} ejecuta {value} en {month} sin nada reprogramado.",
    },
    groupMessages: {
      programado: "{count} meses con ejecución sin nada programado ({ranges}).",
      reprogramado: "{count} meses con ejecución sin nada reprogramado ({ranges}).",
    },
    example: "La AO AOI00012700428 ejecuta 1 en enero sin nada reprogramado.",
    fix: "Reprograme el mes en el Aplicativo (F(RE)) o corrija el registro de la ejecución.",
  },
  check(ctx) {
    for (const ao of itemsOf(ctx.items, "ao-lineas")) {
      // Only a complete pair with a known tipo de acumulación is compared month by month.
      if (ao.programado === undefined || ao.ejecutado === undefined || !ao.mode) continue;
      unprogrammed(ctx, ao.code.slice(0, 50), ao.prog, ao.exec, "programado");
    }
    for (const ao of itemsOf(ctx.items, "ao-exportada")) {
      unprogrammed(ctx, ao.code, ao.prog, ao.exec, "reprogramado");
    }
  },
});

function unprogrammed(
  ctx: RuleContext,
  ao: string,
  prog: (CellRead | undefined)[],
  exec: (CellRead | undefined)[],
  messageId: string
) {
  exec.forEach((e, i) => {
    if (!e || e.value === null || e.value <= 0 || (prog[i]?.value ?? 0) !== 0) return;
    const data = { ao, value: formatNumber(e.value), month: MONTH_NAMES[i] as string };
    ctx.report({ cell: e.address, messageId, data });
  });
}
