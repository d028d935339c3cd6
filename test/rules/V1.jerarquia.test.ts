import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v1Jerarquia } from "../../src/core/rules/v1Jerarquia";
import {
  PEI_SEGUIMIENTO,
  aeiWithIndicator,
  ficha,
  activity,
  ALIGNMENT,
} from "../support/kindGrids";

describe("V1.jerarquia", () =>
  testRule(v1Jerarquia, {
    valid: [
      {
        name: "AEI under their OEI",
        grid: [
          PEI_SEGUIMIENTO,
          ["OEI.01", "Objetivo", "Gerencia"],
          ...aeiWithIndicator("AEI.01.01", 10, 5),
        ],
      },
      {
        name: "a ficha aligned with its OEI",
        grid: ficha(
          [activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])],
          ALIGNMENT("OEI.02", "AEI.02.01")
        ),
      },
    ],
    invalid: [
      {
        name: "an AEI under another OEI",
        grid: [
          PEI_SEGUIMIENTO,
          ["OEI.01", "Objetivo", "Gerencia"],
          ...aeiWithIndicator("AEI.02.01", 10, 5),
        ],
        errors: [
          {
            cell: "A3",
            messageId: "bajo",
            message: "AEI.02.01 está bajo OEI.01, pero su código indica OEI.02.",
          },
        ],
      },
      {
        name: "an indicator under another AEI",
        grid: [
          PEI_SEGUIMIENTO,
          ["AEI.01.01", "Acción", "Gerencia"],
          ["IND.01.AEI.01.02", "Indicador", "Gerencia", 10, 5],
        ],
        errors: [{ cell: "A3", messageId: "bajo" }],
      },
      {
        name: "a ficha's alignment table naming an AEI of another OEI",
        grid: ficha(
          [activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])],
          ALIGNMENT("OEI.01", "AEI.02.01")
        ),
        errors: [{ cell: "A3", messageId: "figura" }],
      },
    ],
  }));
