import { createRule } from "./context";
import { reportSums, SUM_MESSAGE } from "./sumMismatches";

export const v4Anual = createRule({
  meta: {
    id: "V4.anual",
    severity: "error",
    on: ["actividad"],
    description: "La cantidad anual es la suma de los doce meses",
    messages: { suma: SUM_MESSAGE },
    groupMessages: {
      suma: "{count} cantidades anuales que no son la suma de sus meses ({ranges}).",
    },
    example:
      "La cantidad anual de «Boletín interno» (10) no es la suma esperada (12); diferencia 2.",
    fix: "Corrija la cantidad anual o los meses: la cantidad anual de una actividad acumulable es la suma de los doce meses.",
  },
  check: reportSums((x) => x.total === "anual" && !x.hidden),
});
