import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v4Meta } from "../../src/core/rules/v4Meta";
import { ficha, activity } from "../support/kindGrids";

describe("V4.meta", () =>
  testRule(v4Meta, {
    valid: [
      {
        name: "a meta equal to the annual quantity",
        grid: ficha([
          activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], { meta: 12 }),
        ]),
      },
    ],
    invalid: [
      {
        name: "a meta that is not the annual quantity",
        grid: ficha([
          activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], { meta: 10 }),
        ]),
        errors: [
          {
            cell: "G4",
            messageId: "suma",
            message: "La meta de «Boletín interno» (10) no es la suma esperada (12); diferencia 2.",
          },
        ],
      },
    ],
  }));
