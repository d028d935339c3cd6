import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { p3EscalaCorte } from "../../src/core/rules/p3EscalaCorte";
import { PRESUPUESTO, budgetRow } from "../support/kindGrids";

const lines = [
  budgetRow("2.3. Bienes y Servicios", 11525503, 9412300),
  budgetRow("2.6 Adquisición de activos No Financieros", 5872872, 587287.2),
];

describe("P3.escala-corte", () =>
  testRule(p3EscalaCorte, {
    valid: [
      { name: "no cut date: the year's execution", grid: [PRESUPUESTO, ...lines] },
      {
        name: "cut at 31 December",
        grid: [["Ejecución al 31 de diciembre de 2025"], PRESUPUESTO, ...lines],
      },
    ],
    invalid: [
      {
        name: "cut at 31 August, measured with the annual bands",
        grid: [["Ejecución presupuestal al 31 de agosto de 2025"], PRESUPUESTO, ...lines],
        errors: [
          {
            cell: "A2",
            messageId: "anual",
            message:
              "La ejecución es a agosto («Ejecución presupuestal al 31 de agosto de 2025»), antes del cierre del año, y se midió con las bandas anuales de CEPLAN (CEPLAN anual (75 / 95)): el avance se compara con el PIM de todo el año.",
          },
        ],
      },
      {
        name: "a cut date written as a date",
        grid: [["Fecha de corte: 30/09/2025"], PRESUPUESTO, ...lines],
        errors: [{ cell: "A2", messageId: "anual" }],
      },
    ],
  }));
