import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v2AeiSinIndicador } from "../../src/core/rules/v2AeiSinIndicador";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("V2.aei-sin-indicador", () =>
  testRule(v2AeiSinIndicador, {
    valid: [
      {
        name: "each AEI with its indicator",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.01.01", 10, 5)],
      },
    ],
    invalid: [
      {
        name: "an AEI row followed by the next AEI",
        grid: [
          PEI_SEGUIMIENTO,
          ["AEI.01.01", "Acción sin indicador", "Gerencia"],
          ...aeiWithIndicator("AEI.01.02", 10, 5),
        ],
        errors: [
          { cell: "A2", messageId: "falta", message: "La AEI AEI.01.01 no tiene indicadores." },
        ],
      },
    ],
  }));
