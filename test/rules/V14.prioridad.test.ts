import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v14Prioridad } from "../../src/core/rules/v14Prioridad";
import { PEI_SEGUIMIENTO } from "../support/kindGrids";

describe("V14.prioridad", () =>
  testRule(v14Prioridad, {
    valid: [
      {
        name: "priorities 1 and 2",
        grid: [
          PEI_SEGUIMIENTO,
          ["AEI.01.01", "Vaso de leche (Prioridad:1)", null],
          ["IND.01.AEI.01.01", "Ind", "GDS", 1, 0],
          ["AEI.01.02", "Comedores (Prioridad:2)", null],
          ["IND.01.AEI.01.02", "Ind", "GDS", 855, 760],
        ],
      },
    ],
    invalid: [
      {
        name: "two AEI with priority 1 under one OEI",
        grid: [
          PEI_SEGUIMIENTO,
          ["AEI.01.01", "Vaso de leche (Prioridad:1)", null],
          ["IND.01.AEI.01.01", "Ind", "GDS", 1, 0],
          ["AEI.01.02", "Comedores (Prioridad:1)", null],
          ["IND.01.AEI.01.02", "Ind", "GDS", 855, 760],
        ],
        errors: [
          {
            cell: "B2",
            messageId: "orden",
            message:
              "Las prioridades de las AEI del OEI.01 (1, 1) no van de 1 a 2 sin saltos ni repeticiones.",
          },
        ],
      },
    ],
  }));
