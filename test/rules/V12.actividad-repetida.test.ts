import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v12ActividadRepetida } from "../../src/core/rules/v12ActividadRepetida";
import { ficha, activity } from "../support/kindGrids";

describe("V12.actividad-repetida", () =>
  testRule(v12ActividadRepetida, {
    valid: [
      {
        name: "different activities",
        grid: ficha([
          activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
          activity("02", "Catastro", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ]),
      },
    ],
    invalid: [
      {
        name: "the same activity twice",
        grid: ficha([
          activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
          activity("02", "boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ]),
        errors: [
          {
            cell: "B5",
            messageId: "repetida",
            message:
              "La actividad «boletín» se repite en la ficha (Gestión Comercial) (ya está en B4).",
          },
        ],
      },
    ],
  }));
