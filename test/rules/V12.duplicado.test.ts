import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v12Duplicado } from "../../src/core/rules/v12Duplicado";
import {
  PEI_SEGUIMIENTO,
  POI_SEGUIMIENTO,
  POI_EXPORT,
  aeiWithIndicator,
  aoLines,
  exportRow,
  ficha,
  activity,
} from "../support/kindGrids";

describe("V12.duplicado", () =>
  testRule(v12Duplicado, {
    valid: [
      {
        name: "distinct codes",
        grid: [
          PEI_SEGUIMIENTO,
          ...aeiWithIndicator("AEI.01.01", 10, 5),
          ...aeiWithIndicator("AEI.01.02", 10, 5),
        ],
      },
      {
        name: "numbering restarting in another ficha",
        grid: [
          ...ficha([activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]),
          [],
          ...ficha([activity("01", "Catastro", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]),
        ],
      },
    ],
    invalid: [
      {
        name: "an AEI written twice",
        grid: [
          PEI_SEGUIMIENTO,
          ...aeiWithIndicator("AEI.01.01", 10, 5),
          ...aeiWithIndicator("AEI.01.01", 10, 5),
        ],
        errors: [
          { cell: "A4", messageId: "codigo", message: "El código AEI.01.01 ya aparece en A2." },
          { cell: "A5", messageId: "codigo" },
        ],
      },
      {
        name: "a number repeated in one ficha",
        grid: ficha([
          activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
          activity("01", "Catastro", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ]),
        errors: [{ cell: "A5", messageId: "numero" }],
      },
      {
        name: "two EJECUTADO lines for one AO",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]),
          [null, null, null, "EJECUTADO", 1, 0, 0, 0, 0, 0],
        ],
        errors: [
          {
            cell: "D4",
            messageId: "linea",
            message: "La AO AOI30071100001 tiene dos líneas EJECUTADO (la otra en la fila 3).",
          },
        ],
      },
      {
        name: "an AO repeated in the export",
        grid: [
          POI_EXPORT,
          exportRow("AOI00012700428", [1], [1]),
          exportRow("AOI00012700428", [1], [1]),
        ],
        errors: [{ cell: "A3", messageId: "ao" }],
      },
    ],
  }));
