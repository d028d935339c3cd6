import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11SinProgramacion } from "../../src/core/rules/v11SinProgramacion";
import { POI_SEGUIMIENTO, POI_EXPORT, aoLines, exportRow } from "../support/kindGrids";

describe("V11.sin-programacion", () =>
  testRule(v11SinProgramacion, {
    valid: [
      {
        name: "executed where programmed",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 1, 0, 0, 0], [1, 0, 1, 0, 0, 0]),
        ],
      },
    ],
    invalid: [
      {
        name: "executed in January with nothing programmed (seguimiento)",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [0, 0, 1, 0, 0, 0], [1, 0, 1, 0, 0, 0]),
        ],
        errors: [{ cell: "E3", messageId: "programado" }],
      },
      {
        name: "executed with nothing reprogrammed (export)",
        grid: [POI_EXPORT, exportRow("AOI00012700428", [0, 0, 1], [1, 0, 1], ["", "", ""])],
        errors: [
          {
            cell: "P2",
            messageId: "reprogramado",
            message: "La AO AOI00012700428 ejecuta 1 en enero sin nada reprogramado.",
          },
        ],
      },
    ],
  }));
