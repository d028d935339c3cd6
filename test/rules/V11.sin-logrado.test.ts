import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11SinLogrado } from "../../src/core/rules/v11SinLogrado";
import { PLAN_CRONOGRAMA, PREVISTO_LOGRADO, planActivity } from "../support/kindGrids";
import type { CellValue } from "../../src/core/sheet/sheetData";

const NAME = "Número de personas con aguas residuales tratadas.";

/** An HdR-AS plan with a «Logrado 2025» column after its cronograma. */
const plan = (...rows: CellValue[][]) => [
  [...PLAN_CRONOGRAMA[0]!, "Logrado 2025"],
  [...PLAN_CRONOGRAMA[1]!, null],
  ...rows,
];
const reuso = "4.1.1.1 Iniciar proyectos de reúso";

describe("V11.sin-logrado", () =>
  testRule(v11SinLogrado, {
    valid: [
      { name: "PROCOES: previsto and logrado", grid: [PREVISTO_LOGRADO, [NAME, 6056, 6056, 6056]] },
      { name: "a logrado of 0 is a logrado", grid: [PREVISTO_LOGRADO, [NAME, 6056, 0, 6056]] },
      {
        name: "nothing previsto at the cut date",
        grid: [PREVISTO_LOGRADO, [NAME, null, null, 6056]],
      },
      {
        name: "a plan's activity with its 2025 logrado",
        grid: plan([...planActivity(reuso, [3, null, null], "X"), 2]),
      },
      {
        name: "a plan's meta that is a statement, not a number, needs no logrado",
        grid: plan([...planActivity(reuso, ["PESEM y PEI incorporan EC", null], "X"), null]),
      },
    ],
    invalid: [
      {
        name: "previsto 6,056 and the logrado left blank",
        grid: [PREVISTO_LOGRADO, [NAME, 6056, null, 6056]],
        errors: [
          {
            cell: "C2",
            messageId: "blanco",
            message:
              "«Número de personas con aguas residuales tratadas.» tiene previsto 6,056 a la fecha de corte, pero su logrado está en blanco: el avance queda sin dato.",
          },
        ],
      },
      {
        name: "a plan's activity with meta 3 in 2025 and its logrado 2025 blank",
        grid: plan([...planActivity(reuso, [3, null, null], "X"), null]),
        errors: [
          {
            cell: "I3",
            messageId: "blancoPlan",
            message:
              "La actividad 4.1.1.1 tiene meta 3 en 2025, pero su logrado 2025 está en blanco: el avance queda sin dato.",
          },
        ],
      },
    ],
  }));
