import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v12ActividadRepetida } from "../../src/core/rules/v12ActividadRepetida";
import { POI_TAREAS, ficha, activity, tareaRow } from "../support/kindGrids";

describe("V12.actividad-repetida", () =>
  testRule(v12ActividadRepetida, {
    valid: [
      {
        name: "the same task under two AO of a flat POI",
        grid: [
          POI_TAREAS,
          tareaRow(1, "AOI00109100001", "Elaboración de informes", [1, 1]),
          tareaRow(2, "AOI00109100002", "Elaboración de informes", [1, 1]),
        ],
      },
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
        name: "a task written twice under one AO of a flat POI",
        grid: [
          POI_TAREAS,
          tareaRow(1, "AOI00109100001", "Elaboración de informes", [1, 1]),
          tareaRow(2, "AOI00109100001", "Elaboración de informes", [1, 1]),
        ],
        errors: [
          {
            cell: "F3",
            messageId: "tarea",
            message:
              "La tarea «Elaboración de informes» se repite en la AO AOI00109100001 (ya está en F2).",
          },
        ],
      },
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
