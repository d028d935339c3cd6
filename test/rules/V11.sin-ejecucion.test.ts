import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11SinEjecucion } from "../../src/core/rules/v11SinEjecucion";
import { POI_SEGUIMIENTO, aoLines } from "../support/kindGrids";

const BLANK = [null, null, null, null, null, null];

describe("V11.sin-ejecucion", () =>
  testRule(v11SinEjecucion, {
    valid: [
      {
        name: "every EJECUTADO line filled in",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]),
        ],
      },
      {
        name: "an execution of zero is recorded, not left blank",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0]),
        ],
      },
      {
        name: "a blank line of an AO that programmed nothing up to the cut-off",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines(
            "AOI30071100001 - Vigilancia",
            [1, 1, 0, 0, 0, 0],
            [1, 1, null, null, null, null]
          ),
          ...aoLines("AOI30071100002 - Limpieza", [0, 0, 0, 0, 0, 5], BLANK),
        ],
      },
      {
        name: "a blank template: no AO recorded any execution yet",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 1, 1, 1, 1, 1], BLANK),
          ...aoLines("AOI30071100002 - Limpieza", [2, 2, 2, 2, 2, 2], BLANK),
        ],
      },
    ],
    invalid: [
      {
        name: "an AO that programmed every month with its EJECUTADO line blank at semester end",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]),
          ...aoLines("AOI30071100002 - Limpieza", [2, 2, 2, 2, 2, 2], BLANK),
        ],
        errors: [
          {
            cell: "D5",
            messageId: "blanco",
            message:
              "La AO AOI30071100002 no tiene ejecución registrada: su línea EJECUTADO está en blanco hasta junio, con 12 programado.",
          },
        ],
      },
      {
        name: "the cut-off is the last month any AO executed",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines(
            "AOI30071100001 - Vigilancia",
            [1, 1, 1, 1, 1, 1],
            [1, 1, 1, null, null, null]
          ),
          ...aoLines("AOI30071100002 - Limpieza", [2, 2, 2, 2, 2, 2], BLANK),
        ],
        errors: [
          {
            cell: "D5",
            messageId: "blanco",
            message:
              "La AO AOI30071100002 no tiene ejecución registrada: su línea EJECUTADO está en blanco hasta marzo, con 6 programado.",
          },
        ],
      },
    ],
  }));
