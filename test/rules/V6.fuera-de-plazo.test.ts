import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v6FueraDePlazo } from "../../src/core/rules/v6FueraDePlazo";
import { ficha, activity } from "../support/kindGrids";

describe("V6.fuera-de-plazo", () =>
  testRule(v6FueraDePlazo, {
    valid: [
      {
        name: "programmed within its dates",
        grid: ficha([
          activity("01", "Boletín", [null, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], { start: "Marzo" }),
        ]),
      },
    ],
    invalid: [
      {
        name: "EMSAPUNO's boletín: starts in Marzo, programs enero and febrero",
        grid: ficha([
          activity(
            "01",
            "Producción y Difusión de Boletín Interno",
            [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
            { start: "Marzo" }
          ),
        ]),
        errors: [
          {
            cell: "H4",
            messageId: "fuera",
            message:
              "La actividad «Producción y Difusión de Boletín Interno» programa 1 en enero, fuera de su plazo (marzo a diciembre).",
          },
          { cell: "I4", messageId: "fuera" },
        ],
      },
    ],
  }));
