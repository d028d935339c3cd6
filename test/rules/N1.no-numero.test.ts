import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { n1NoNumero } from "../../src/core/rules/n1NoNumero";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("N1.no-numero", () =>
  testRule(n1NoNumero, {
    valid: [
      {
        name: "numbers and numbers typed as text",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.08.05", "3,047.00", 1295.6)],
      },
    ],
    invalid: [
      {
        name: "«nd» for a missing value",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.08.05", 3047, "nd")],
        errors: [
          {
            cell: "E3",
            messageId: "texto",
            message: "Valor obtenido de IND.01.AEI.08.05: «nd» no es un número.",
          },
        ],
      },
      {
        name: "an Excel error value",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.08.05", { error: "#DIV/0!" }, 1)],
        errors: [{ cell: "D3", messageId: "error" }],
      },
    ],
  }));
