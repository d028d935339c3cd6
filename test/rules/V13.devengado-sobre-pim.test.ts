import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v13DevengadoSobrePim } from "../../src/core/rules/v13DevengadoSobrePim";
import { PRESUPUESTO, budgetRow } from "../support/kindGrids";

describe("V13.devengado-sobre-pim", () =>
  testRule(v13DevengadoSobrePim, {
    valid: [
      {
        name: "devengado at or under the PIM",
        grid: [
          PRESUPUESTO,
          budgetRow("2.3. Bienes y Servicios", 11525503, 9412300),
          budgetRow("2.1. Personal", 1000000, 1000000),
        ],
      },
    ],
    invalid: [
      {
        name: "a project whose devengado exceeds its PIM (100.77 %)",
        grid: [
          PRESUPUESTO,
          budgetRow("2.1. Personal", 9873891, 4936945.5),
          budgetRow("2001621: Estudios de preinversión", 1000000, 1007700),
        ],
        errors: [
          {
            cell: "F3",
            messageId: "supera",
            message:
              "El devengado de «2001621: Estudios de preinversión» (1,007,700) supera su PIM (1,000,000): un avance de 100.77 %.",
          },
        ],
      },
    ],
  }));
