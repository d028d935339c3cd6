import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { n2Texto } from "../../src/core/rules/n2Texto";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("N2.texto", () =>
  testRule(n2Texto, {
    valid: [
      {
        name: "number cells",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.08.05", 3047, 1295.6)],
      },
    ],
    invalid: [
      {
        name: "Lares AEI.08.05 typed as text",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.08.05", "3,047.00", "1,295.60")],
        errors: [
          {
            cell: "D3",
            messageId: "texto",
            message:
              "Logro esperado de IND.01.AEI.08.05: el número «3,047.00» está escrito como texto; se leyó como 3,047.",
          },
          { cell: "E3", messageId: "texto" },
        ],
      },
    ],
  }));
