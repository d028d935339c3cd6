import { createRule } from "./context";
import { reportSums, SUM_MESSAGE } from "./sumMismatches";

export const v4Decimales = createRule({
  meta: {
    id: "V4.decimales",
    severity: "warning",
    on: ["actividad"],
    description:
      "Totales que difieren de la suma menos que la última cifra mostrada (decimales ocultos)",
    messages: {
      suma: `${SUM_MESSAGE} Es menor que la última cifra mostrada: probablemente decimales ocultos.`,
    },
    groupMessages: {
      suma: "{count} totales que difieren de la suma menos que la última cifra mostrada ({ranges}): probablemente decimales ocultos.",
    },
    example:
      "El subtotal del II Trimestre de «Recaudación mensual» (3,922,170) no es la suma esperada (3,922,169.4); diferencia 0.6. Es menor que la última cifra mostrada: probablemente decimales ocultos.",
    fix: "Muestre los decimales de las celdas (o redondee los meses) para que el total impreso sea la suma.",
  },
  check: reportSums((x) => x.hidden),
});
