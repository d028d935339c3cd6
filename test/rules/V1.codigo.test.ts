import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v1Codigo } from "../../src/core/rules/v1Codigo";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("V1.codigo", () =>
  testRule(v1Codigo, {
    valid: [
      {
        name: "codes in every accepted spelling",
        grid: [
          PEI_SEGUIMIENTO,
          ...aeiWithIndicator("AEI. 01.01", 10, 5),
          ...aeiWithIndicator("AEI 01.02", 10, 5),
        ],
      },
      {
        name: "a section title that starts like a code",
        grid: [
          PEI_SEGUIMIENTO,
          ...aeiWithIndicator("AEI.01.01", 10, 5),
          ["OEI del desarrollo social"],
          ...aeiWithIndicator("AEI.01.02", 10, 5),
        ],
      },
    ],
    invalid: [
      {
        name: "a bent code between two AEI",
        grid: [
          PEI_SEGUIMIENTO,
          ...aeiWithIndicator("AEI.01.01", 10, 5),
          ["AEI.1.2.3", "Acción mal escrita", "Gerencia"],
          ...aeiWithIndicator("AEI.01.02", 10, 5),
        ],
        errors: [
          {
            cell: "A4",
            messageId: "forma",
            message:
              "«AEI.1.2.3» parece un código pero no tiene la forma OEI.01, AEI.01.02 o IND.01.AEI.01.02.",
          },
        ],
      },
    ],
  }));
