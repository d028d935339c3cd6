import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v4Decimales } from "../../src/core/rules/v4Decimales";
import { ficha, activity } from "../support/kindGrids";

describe("V4.decimales", () =>
  testRule(v4Decimales, {
    valid: [
      {
        name: "exact totals",
        grid: ficha([
          activity(
            "01",
            "Recaudación mensual",
            [1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6]
          ),
        ]),
      },
      {
        name: "a real gap is not hidden decimals",
        grid: ficha([
          activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {
            quarters: [3, 4, 3, 3],
            annual: 12,
          }),
        ]),
      },
    ],
    invalid: [
      {
        name: "a quarter off by one on millions (EMSAPUNO's recaudación)",
        grid: ficha([
          activity(
            "01",
            "Recaudación mensual",
            [1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6],
            { quarters: [3000001, 3e6, 3e6, 3e6] }
          ),
        ]),
        errors: [{ cell: "K4", messageId: "suma" }],
      },
    ],
  }));
