import { createRule } from "./context";
import { reportSums, SUM_MESSAGE } from "./sumMismatches";

export const v4Trimestre = createRule({
  meta: {
    id: "V4.trimestre",
    severity: "error",
    on: ["actividad"],
    description: "El subtotal trimestral es la suma de sus meses",
    messages: { suma: SUM_MESSAGE },
    groupMessages: {
      suma: "{count} subtotales trimestrales que no son la suma de sus meses ({ranges}).",
    },
    example:
      "El subtotal del II Trimestre de «Facturación mensual» (4,199,904.03) no es la suma esperada (4,193,904.03); diferencia 6,000.",
    fix: "Corrija el subtotal o el mes que no corresponde: el trimestre debe ser la suma de sus tres meses.",
  },
  check: reportSums((x) => x.total === "trimestre" && !x.hidden),
});
