import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v4Anual } from "../../src/core/rules/v4Anual";
import { POI_TAREAS, ficha, activity, tareaRow } from "../support/kindGrids";

describe("V4.anual", () =>
  testRule(v4Anual, {
    valid: [
      {
        name: "a flat POI whose TOTAL is the months' sum",
        grid: [POI_TAREAS, tareaRow(1, "AOI00109100001", "Informes", [1, 2, 3, 2])],
      },
      {
        name: "an annual quantity that is the sum",
        grid: ficha([activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]),
      },
    ],
    invalid: [
      {
        name: "a flat POI's TOTAL of 99 over months summing 8 (TOTAL after the months is the annual)",
        grid: [
          POI_TAREAS,
          tareaRow(1, "AOI00109100001", "Informes", [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1], 99),
        ],
        errors: [
          {
            cell: "T2",
            messageId: "suma",
            message:
              "La cantidad anual de «Informes» (99) no es la suma esperada (8); diferencia 91.",
          },
        ],
      },
      {
        name: "an annual quantity off by one",
        grid: ficha([
          activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {
            annual: 13,
            meta: 13,
          }),
        ]),
        errors: [
          {
            cell: "X4",
            messageId: "suma",
            message:
              "La cantidad anual de «Boletín interno» (13) no es la suma esperada (12); diferencia 1.",
          },
        ],
      },
    ],
  }));
