import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11FisicoFinanciero } from "../../src/core/rules/v11FisicoFinanciero";

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const HEADER = [
  "Actividad Operativa ID",
  "Genérica de Gasto",
  ...MONTHS.map((m) => `F(RE) ${m}`),
  "F(RE) Total",
  ...MONTHS.map((m) => `Fn(RE) ${m}`),
  "Fn(RE) Total",
];
const line = (id: string, gg: string, physical: number, money: number) => [
  id,
  gg,
  ...new Array(12).fill(physical),
  physical * 12,
  ...new Array(12).fill(money),
  money * 12,
];

describe("V11.fisico-financiero", () =>
  testRule(v11FisicoFinanciero, {
    valid: [
      {
        name: "the target on the first line, the amounts on another line of the same AO",
        grid: [
          HEADER,
          line("AOI00000000001", "2.3 BIENES Y SERVICIOS", 1, 0),
          line("AOI00000000001", "2.1 PERSONAL", 0, 500),
        ],
      },
      {
        name: "an AO with nothing programmed at all",
        grid: [HEADER, line("AOI00000000002", "2.3 BIENES Y SERVICIOS", 0, 0)],
      },
    ],
    invalid: [
      {
        name: "a target without amounts, and amounts without a target",
        grid: [
          HEADER,
          line("AOI00000000001", "2.3 BIENES Y SERVICIOS", 1, 0),
          line("AOI00000000001", "2.1 PERSONAL", 0, 0),
          line("AOI00000000003", "2.3 BIENES Y SERVICIOS", 0, 800),
        ],
        errors: [
          {
            cell: "AB2",
            messageId: "sinFinanciero",
            message:
              "La AO AOI00000000001 tiene meta física (12 en F(RE)) pero ninguna programación financiera en Fn(RE).",
          },
          { cell: "O4", messageId: "sinFisico" },
        ],
      },
    ],
  }));
