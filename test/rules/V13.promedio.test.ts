import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v13Promedio } from "../../src/core/rules/v13Promedio";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("V13.promedio", () =>
  testRule(v13Promedio, {
    valid: [
      {
        name: "the mean printed",
        grid: [
          PEI_SEGUIMIENTO,
          ...aeiWithIndicator("AEI.03.01", 46.36, 42.72, 92.15),
          ...aeiWithIndicator("AEI.03.02", 60, 465, 100),
          ["Avance promedio de AEI:", null, null, null, null, 96.08],
        ],
      },
    ],
    invalid: [
      {
        name: "a printed mean that is not the mean",
        grid: [
          PEI_SEGUIMIENTO,
          ...aeiWithIndicator("AEI.03.01", 46.36, 42.72, 92.15),
          ...aeiWithIndicator("AEI.03.02", 60, 465, 100),
          ["Avance promedio de AEI:", null, null, null, null, 50],
        ],
        errors: [
          {
            cell: "F6",
            messageId: "distinto",
            message: "El promedio impreso (50) no es la media simple de las 2 AEI (96.08).",
          },
        ],
      },
    ],
  }));
