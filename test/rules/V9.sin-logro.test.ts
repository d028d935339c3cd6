import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v9SinLogro } from "../../src/core/rules/v9SinLogro";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("V9.sin-logro", () =>
  testRule(v9SinLogro, {
    valid: [
      { name: "a logro esperado", grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.01.01", 3, 0)] },
    ],
    invalid: [
      {
        name: "Lares AEI.04.02: LE 0",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.04.02", 0, 0)],
        errors: [{ cell: "D3", messageId: "cero" }],
      },
    ],
  }));
