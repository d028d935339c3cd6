import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11SobreEjecucion } from "../../src/core/rules/v11SobreEjecucion";
import { POI_SEGUIMIENTO, POI_EXPORT, aoLines, exportRow } from "../support/kindGrids";

describe("V11.sobre-ejecucion", () =>
  testRule(v11SobreEjecucion, {
    valid: [
      {
        name: "executed as programmed",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 1, 1, 0, 0, 0], [1, 1, 1, 0, 0, 0]),
        ],
      },
    ],
    invalid: [
      {
        name: "300 % of the programmed",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 0, 0, 0, 0], [3, 0, 0, 0, 0, 0]),
        ],
        errors: [
          {
            cell: "A3",
            messageId: "programado",
            message: "La AO AOI30071100001 ejecutó el 300 % de lo programado (más del 110 %).",
          },
        ],
      },
      {
        name: "the INMP AO at 200 % of its reprogramming (export)",
        grid: [
          POI_EXPORT,
          exportRow(
            "AOI00012700428",
            [0, 0, 1, 0, 0],
            [1, 0, 1, 0, 0],
            ["Adelanto", "", "", "", ""]
          ),
        ],
        errors: [{ cell: "A2", messageId: "reprogramado" }],
      },
    ],
  }));
