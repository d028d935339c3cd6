import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v9Tipo2 } from "../../src/core/rules/v9Tipo2";
import { PEI_SERIE } from "../support/kindGrids";

describe("V9.tipo2", () =>
  testRule(v9Tipo2, {
    valid: [
      {
        name: "a logro above the baseline",
        grid: [
          PEI_SERIE,
          ["AEI.03.03", "Acción", null],
          ["IND.01.AEI.03.03", "Indicador", "Ascendente", 1, 4, 5, 6, 3],
        ],
      },
    ],
    invalid: [
      {
        name: "Lares AEI.03.04: LB 25 = LE 25",
        grid: [
          PEI_SERIE,
          ["AEI.03.04", "Acción", null],
          ["IND.01.AEI.03.04", "Indicador", "Ascendente", 25, 25, 50, 75, 25],
        ],
        errors: [
          {
            cell: "E3",
            messageId: "igual",
            message:
              "IND.01.AEI.03.04: el logro esperado es igual a la línea base (25); el Avance Tipo II no es calculable.",
          },
        ],
      },
    ],
  }));
