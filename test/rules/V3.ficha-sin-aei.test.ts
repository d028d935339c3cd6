import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v3FichaSinAei } from "../../src/core/rules/v3FichaSinAei";
import { ficha, activity, ALIGNMENT } from "../support/kindGrids";

describe("V3.ficha-sin-aei", () =>
  testRule(v3FichaSinAei, {
    valid: [
      {
        name: "a ficha linked to an AEI code",
        grid: ficha(
          [activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])],
          ALIGNMENT("OEI.02", "AEI.02.01")
        ),
      },
    ],
    invalid: [
      {
        name: "a ficha whose alignment names the AEI without its code",
        grid: ficha(
          [activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])],
          ALIGNMENT("OEI.02", "Gestión comercial eficiente")
        ),
        errors: [
          {
            cell: "A3",
            messageId: "falta",
            message: "La ficha (Gestión Comercial) no indica una AEI con código (AEI.NN.NN).",
          },
        ],
      },
    ],
  }));
