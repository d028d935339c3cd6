import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11SinMotivo } from "../../src/core/rules/v11SinMotivo";
import { POI_EXPORT, exportRow } from "../support/kindGrids";

describe("V11.sin-motivo", () =>
  testRule(v11SinMotivo, {
    valid: [
      {
        name: "a deviation with its motivo",
        grid: [POI_EXPORT, exportRow("AOI00012700428", [1, 1], [1, 0], ["", "Paciente no acudió"])],
      },
    ],
    invalid: [
      {
        name: "a deviation without motivo",
        grid: [POI_EXPORT, exportRow("AOI00012700428", [1, 1], [1, 0], ["", ""])],
        errors: [
          {
            cell: "Q2",
            messageId: "motivo",
            message:
              "La AO AOI00012700428 se desvía en febrero (programado 1, ejecutado 0) sin motivo registrado.",
          },
        ],
      },
    ],
  }));
