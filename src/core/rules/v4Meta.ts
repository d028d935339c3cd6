import { createRule } from "./context";
import { reportSums, SUM_MESSAGE } from "./sumMismatches";

export const v4Meta = createRule({
  meta: {
    id: "V4.meta",
    severity: "error",
    on: ["actividad"],
    description: "La meta es igual a la cantidad anual programada",
    messages: { suma: SUM_MESSAGE },
    groupMessages: {
      suma: "{count} metas que no son la cantidad anual ({ranges}).",
    },
    example: "La meta de «Boletín interno» (12) no es la suma esperada (10); diferencia 2.",
    fix: "La meta física anual debe ser igual a la cantidad anual programada.",
  },
  check: reportSums((x) => x.total === "meta" && !x.hidden),
});
