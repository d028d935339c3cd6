import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v13AvanceFinanciero } from "../../src/core/rules/v13AvanceFinanciero";
import { PRESUPUESTO, budgetRow } from "../support/kindGrids";

describe("V13.avance-financiero", () =>
  testRule(v13AvanceFinanciero, {
    valid: [
      {
        name: "every printed avance is devengado / PIM",
        grid: [
          PRESUPUESTO,
          budgetRow("2.1. Personal y Obligaciones sociales", 9873891, 4936945.5),
          budgetRow("2.3. Bienes y Servicios", 11525503, 9412300),
          ["TOTAL", 21399394, null, null, null, 14349245.5, null, 67.05],
        ],
      },
      {
        name: "avances printed as MEF prints them, rounded to one decimal (81.7 for 81.66)",
        grid: [
          PRESUPUESTO,
          budgetRow("2.3. Bienes y Servicios", 11525503, 9412300, 81.7),
          budgetRow("2.1. Personal", 9873891, 4936945.5, 50),
          budgetRow("2.6. Activos", 300000, 100000, 0.333),
        ],
      },
      {
        name: "an avance printed as a fraction (0.5)",
        grid: [PRESUPUESTO, budgetRow("2.5. Otros Gastos", 160000, 80000, 0.5)],
      },
    ],
    invalid: [
      {
        name: "a one-decimal avance more than half a tenth away (81.8 for 81.66)",
        grid: [PRESUPUESTO, budgetRow("2.3. Bienes y Servicios", 11525503, 9412300, 81.8)],
        errors: [{ cell: "H2", messageId: "distinto" }],
      },
      {
        name: "a printed avance that is not devengado / PIM",
        grid: [
          PRESUPUESTO,
          budgetRow("2.1. Personal y Obligaciones sociales", 9873891, 4936945.5),
          budgetRow("2.3. Bienes y Servicios", 11525503, 9412300, 85.4),
        ],
        errors: [
          {
            cell: "H3",
            messageId: "distinto",
            message:
              "El avance impreso de «2.3. Bienes y Servicios» (85.40) no es devengado / PIM (9,412,300 / 11,525,503 = 81.66).",
          },
        ],
      },
    ],
  }));
