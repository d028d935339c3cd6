import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v5NoAcumulable } from "../../src/core/rules/v5NoAcumulable";
import { ficha, activity } from "../support/kindGrids";

describe("V5.no-acumulable", () =>
  testRule(v5NoAcumulable, {
    valid: [
      {
        name: "a pressure level repeated by quarters and year",
        grid: ficha([
          activity("01", "Presión en la red", [21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21], {
            unit: "m.c.a.",
            quarters: [21, 21, 21, 21],
            annual: 21,
            meta: 21,
          }),
        ]),
      },
    ],
    invalid: [
      {
        name: "a level whose quarters and year add up the months",
        grid: ficha([
          activity("01", "Presión en la red", [21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21], {
            unit: "m.c.a.",
          }),
        ]),
        errors: [
          {
            cell: "K4",
            messageId: "trimestre",
            message:
              "«Presión en la red» es un nivel (no acumulable), pero el I Trimestre suma sus meses (63) en vez de repetir el nivel (21).",
          },
          { cell: "O4", messageId: "trimestre" },
          { cell: "S4", messageId: "trimestre" },
          { cell: "W4", messageId: "trimestre" },
          { cell: "X4", messageId: "anual" },
        ],
      },
    ],
  }));
