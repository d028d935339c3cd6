import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v8Sentido } from "../../src/core/rules/v8Sentido";
import { PEI_SERIE } from "../support/kindGrids";

describe("V8.sentido", () =>
  testRule(v8Sentido, {
    valid: [
      {
        name: "an ascending series said ascendente",
        grid: [
          PEI_SERIE,
          ["AEI.01.01", "Acción", null],
          ["IND.01.AEI.01.01", "Indicador", "Ascendente", 10, 20, 25, 30, 12],
        ],
      },
      {
        name: "a constant series said No definido",
        grid: [
          PEI_SERIE,
          ["AEI.01.01", "Acción", null],
          ["IND.01.AEI.01.01", "Indicador", "No Definido", 855, 855, 855, 855, 760],
        ],
      },
    ],
    invalid: [
      {
        name: "a series that falls then rises",
        grid: [
          PEI_SERIE,
          ["AEI.01.01", "Acción", null],
          ["IND.01.AEI.01.01", "Indicador", "Ascendente", 10, 20, 15, 30, 12],
        ],
        errors: [
          {
            cell: "E3",
            messageId: "mixto",
            message:
              "Los logros esperados de IND.01.AEI.01.01 suben y bajan (10, 20, 15, 30); revise la serie.",
          },
        ],
      },
      {
        name: "a rising series said descendente",
        grid: [
          PEI_SERIE,
          ["AEI.01.01", "Acción", null],
          ["IND.01.AEI.01.01", "Indicador", "Descendente", 10, 20, 25, 30, 12],
        ],
        errors: [{ cell: "C3", messageId: "contradice" }],
      },
      {
        name: "a sentido the functions do not know",
        grid: [
          PEI_SERIE,
          ["AEI.01.01", "Acción", null],
          ["IND.01.AEI.01.01", "Indicador", "Agresable", 10, 20, 25, 30, 12],
        ],
        errors: [
          { cell: "C3", messageId: "desconocido" },
          { cell: "C3", messageId: "contradice" },
        ],
      },
    ],
  }));
