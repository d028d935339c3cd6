import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v2OeiSinAei } from "../../src/core/rules/v2OeiSinAei";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("V2.oei-sin-aei", () =>
  testRule(v2OeiSinAei, {
    valid: [
      {
        name: "an OEI with its AEI",
        grid: [
          PEI_SEGUIMIENTO,
          ["OEI.01", "Objetivo", "Gerencia"],
          ...aeiWithIndicator("AEI.01.01", 10, 5),
        ],
      },
    ],
    invalid: [
      {
        name: "an OEI followed by another OEI",
        grid: [
          PEI_SEGUIMIENTO,
          ["OEI.01", "Objetivo sin acciones", "Gerencia"],
          ["OEI.02", "Objetivo", "Gerencia"],
          ...aeiWithIndicator("AEI.02.01", 10, 5),
        ],
        errors: [{ cell: "A2", messageId: "falta", message: "El OEI.01 no tiene AEI." }],
      },
    ],
  }));
