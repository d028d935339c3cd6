import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v10Rango } from "../../src/core/rules/v10Rango";
import { PEI_SEGUIMIENTO } from "../support/kindGrids";

describe("V10.rango", () =>
  testRule(v10Rango, {
    valid: [
      {
        name: "a percentage within 0–100",
        grid: [
          PEI_SEGUIMIENTO,
          ["AEI.02.01", "Acción", null],
          ["IND.01.AEI.02.01", "Porcentaje de hogares atendidos", "GDS", 90.01, 88.7],
        ],
      },
    ],
    invalid: [
      {
        name: "a percentage over 100 and a negative logro",
        grid: [
          PEI_SEGUIMIENTO,
          ["AEI.02.01", "Acción", null],
          ["IND.01.AEI.02.01", "Porcentaje de hogares atendidos", "GDS", -5, 887],
        ],
        errors: [
          { cell: "D3", messageId: "negativo" },
          {
            cell: "E3",
            messageId: "porcentaje",
            message: "IND.01.AEI.02.01 es un porcentaje, pero su valor obtenido es 887.",
          },
        ],
      },
    ],
  }));
