import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v13Avance } from "../../src/core/rules/v13Avance";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("V13.avance", () =>
  testRule(v13Avance, {
    valid: [
      {
        name: "Lares AEI.03.01 printed as computed",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.03.01", 46.36, 42.72, 92.15)],
      },
    ],
    invalid: [
      {
        name: "Lares AEI.06.01: printed 100, computed 58",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.06.01", 100, 58, 100)],
        errors: [
          {
            cell: "F3",
            messageId: "distinto",
            message:
              "El avance impreso (100) no coincide con el recalculado para IND.01.AEI.06.01 con sentido ascendente (la tabla no indica el sentido) (58).",
          },
          { cell: "F2", messageId: "distinto" },
        ],
      },
    ],
  }));
