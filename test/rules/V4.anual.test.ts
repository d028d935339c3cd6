import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v4Anual } from "../../src/core/rules/v4Anual";
import { ficha, activity } from "../support/kindGrids";

describe("V4.anual", () =>
  testRule(v4Anual, {
    valid: [
      {
        name: "an annual quantity that is the sum",
        grid: ficha([activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]),
      },
    ],
    invalid: [
      {
        name: "an annual quantity off by one",
        grid: ficha([
          activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {
            annual: 13,
            meta: 13,
          }),
        ]),
        errors: [
          {
            cell: "X4",
            messageId: "suma",
            message:
              "La cantidad anual de «Boletín interno» (13) no es la suma esperada (12); diferencia 1.",
          },
        ],
      },
    ],
  }));
