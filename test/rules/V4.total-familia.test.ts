import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v4TotalFamilia } from "../../src/core/rules/v4TotalFamilia";

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const HEADER = [
  "Actividad Operativa ID",
  "Fuente de Financiamiento",
  ...MONTHS.map((m) => `F(RE) ${m}`),
  "F(RE) Total",
  ...MONTHS.map((m) => `Fn(RE) ${m}`),
  "Fn(RE) Total",
];
const line = (id: string, physical: number[], money: number[], totals?: [number, number]) => [
  id,
  "RECURSOS ORDINARIOS",
  ...physical,
  totals?.[0] ?? physical.reduce((a, b) => a + b, 0),
  ...money,
  totals?.[1] ?? money.reduce((a, b) => a + b, 0),
];
const ones = new Array(12).fill(1);
const money = new Array(12).fill(1250.5);

describe("V4.total-familia", () =>
  testRule(v4TotalFamilia, {
    valid: [
      {
        name: "every Total is the sum of its months (amounts with cents)",
        grid: [HEADER, line("AOI00000000001", ones, money)],
      },
    ],
    invalid: [
      {
        name: "a physical and a financial Total off",
        grid: [HEADER, line("AOI00000000001", ones, money, [13, 15000])],
        errors: [
          {
            cell: "O2",
            messageId: "total",
            message:
              "El F(RE) Total de AOI00000000001 (13) no es la suma de sus meses (12); diferencia 1.",
          },
          { cell: "AB2", messageId: "total" },
        ],
      },
    ],
  }));
