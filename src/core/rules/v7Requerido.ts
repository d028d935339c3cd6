import { createRule, itemsOf, type RuleContext } from "./context";

export const v7Requerido = createRule({
  meta: {
    id: "V7.requerido",
    severity: "error",
    on: ["jerarquia-pei", "actividad", "ao-lineas"],
    description: "Campos obligatorios presentes",
    messages: {
      logro: "Falta el logro esperado de {who}.",
      unidad: "Falta la unidad de medida de {who}.",
      sentido: "Falta el sentido esperado de {who}.",
      actividad: "Falta {what} de la actividad {label}.",
      tarea: "Falta {what} de la tarea {label}.",
      tareaUnidad: "Falta la unidad de medida de la tarea {label}.",
      acumulacion: "Falta el tipo de acumulación de la AO {ao}.",
    },
    groupMessages: {
      unidad: "{count} filas sin unidad de medida ({ranges}).",
      logro: "{count} filas sin logro esperado ({ranges}).",
      sentido: "{count} filas sin sentido esperado ({ranges}).",
      acumulacion: "{count} AO sin tipo de acumulación ({ranges}).",
      tareaUnidad: "{count} tareas sin unidad de medida ({ranges}).",
      actividad: "{count} actividades a las que les falta un dato obligatorio ({ranges}).",
      tarea: "{count} tareas a las que les falta un dato obligatorio ({ranges}).",
    },
    example: "Falta el responsable de la actividad «Actualización del catastro comercial».",
    fix: "Complete la celda: la metodología CEPLAN exige unidad de medida, responsable, meta y tipo de acumulación (POI), y sentido, línea base y logros esperados (PEI).",
  },
  check(ctx) {
    pei(ctx);
    for (const item of itemsOf(ctx.items, "actividad")) {
      // A flat POI's task row needs the task's own unit; its AO row, the AO's.
      const task = item.rowKind === "tarea";
      for (const { what, cell } of item.required) {
        if (cell.text !== "") continue;
        const messageId = !task
          ? "actividad"
          : what === "la unidad de medida"
            ? "tareaUnidad"
            : "tarea";
        ctx.report({ cell: cell.address, messageId, data: { what, label: item.label } });
      }
    }
    for (const ao of itemsOf(ctx.items, "ao-lineas")) {
      if (ao.acumulacion && ao.acumulacion.text === "") {
        const data = { ao: ao.code.slice(0, 60) };
        ctx.report({ cell: ao.acumulacion.address, messageId: "acumulacion", data });
      }
    }
  },
});

function pei(ctx: RuleContext) {
  for (const ind of itemsOf(ctx.items, "indicador")) {
    const who = { who: ind.who };
    if (ind.logro && ind.logro.value === null) {
      ctx.report({ cell: ind.logro.address, messageId: "logro", data: who });
    }
    if (ctx.has("unidad-exigida") && ind.unidad && ind.unidad.text === "") {
      ctx.report({ cell: ind.unidad.address, messageId: "unidad", data: who });
    }
    if (ind.sentidoCell && ind.sentidoCell.text === "") {
      ctx.report({ cell: ind.sentidoCell.address, messageId: "sentido", data: who });
    }
  }
}
