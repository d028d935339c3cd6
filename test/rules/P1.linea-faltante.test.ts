import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { p1LineaFaltante } from "../../src/core/rules/p1LineaFaltante";
import { POI_SEGUIMIENTO, aoLines } from "../support/kindGrids";

describe("P1.linea-faltante", () =>
  testRule(p1LineaFaltante, {
    valid: [
      {
        name: "both lines",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]),
        ],
      },
    ],
    invalid: [
      {
        name: "an AO with only its PROGRAMADO line",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 0, 0, 0, 0], null),
          ...aoLines("AOI30071100002 - Patrullaje", [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]),
        ],
        errors: [
          {
            cell: "A2",
            messageId: "falta",
            message: "La AO AOI30071100001 no tiene su línea EJECUTADO.",
          },
        ],
      },
    ],
  }));
