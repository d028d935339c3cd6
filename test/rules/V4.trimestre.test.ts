import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v4Trimestre } from "../../src/core/rules/v4Trimestre";
import { ficha, activity } from "../support/kindGrids";

describe("V4.trimestre", () =>
  testRule(v4Trimestre, {
    valid: [
      {
        name: "quarters that add up",
        grid: ficha([activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]),
      },
    ],
    invalid: [
      {
        name: "a second quarter off by one",
        grid: ficha([
          activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {
            quarters: [3, 4, 3, 3],
            annual: 12,
          }),
        ]),
        errors: [
          {
            cell: "O4",
            messageId: "suma",
            message:
              "El subtotal del II Trimestre de «Boletín interno» (4) no es la suma esperada (3); diferencia 1.",
          },
        ],
      },
      {
        name: "a big gap in money (EMSAPUNO's facturación, 6,000 off)",
        grid: ficha([
          activity(
            "01",
            "Facturación mensual",
            [1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6],
            { quarters: [3e6, 3006000, 3e6, 3e6], annual: 12e6 }
          ),
        ]),
        errors: [{ cell: "O4", messageId: "suma" }],
      },
    ],
  }));
