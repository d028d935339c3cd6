import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v7Requerido } from "../../src/core/rules/v7Requerido";
import {
  ficha,
  activity,
  PEI_SEGUIMIENTO,
  PEI_MATRIZ,
  POI_SEGUIMIENTO,
  aeiWithIndicator,
  aoLines,
} from "../support/kindGrids";
import { POI_TAREAS_V2, versionedRow } from "../support/taskGrids";

describe("V7.requerido", () =>
  testRule(v7Requerido, {
    valid: [
      {
        name: "a flat POI's AO row without task: its unit is UM_AO, no task unit is asked",
        grid: [
          POI_TAREAS_V2,
          versionedRow(1, { ao: "GESTION ADMINISTRATIVA", months: [2, 2] }),
          versionedRow(2, { ao: "GESTION ADMINISTRATIVA", task: "Informes", months: [1] }),
        ],
      },
      {
        name: "a complete ficha activity",
        grid: ficha([activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]),
      },
      {
        name: "a complete indicator",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.01.01", 10, 5)],
      },
    ],
    invalid: [
      {
        name: "a flat POI's task row without UM_TAREA: the task's unit, «de la tarea»",
        grid: [
          POI_TAREAS_V2,
          versionedRow(1, {
            ao: "GESTION ADMINISTRATIVA",
            task: "Informes",
            unit: "",
            months: [1],
          }),
        ],
        errors: [
          {
            cell: "I2",
            messageId: "tareaUnidad",
            message: "Falta la unidad de medida de la tarea «Informes».",
          },
        ],
      },
      {
        name: "a flat POI's AO row without UM_AO names the AO",
        grid: [
          POI_TAREAS_V2,
          versionedRow(1, { ao: "GESTION ADMINISTRATIVA", umAo: "", months: [2] }),
        ],
        errors: [
          {
            cell: "D2",
            messageId: "actividad",
            message: "Falta la unidad de medida de la actividad «GESTION ADMINISTRATIVA».",
          },
        ],
      },
      {
        name: "an activity without responsable",
        grid: ficha([
          activity("01", "Boletín", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], { responsable: "" }),
        ]),
        errors: [
          {
            cell: "D4",
            messageId: "actividad",
            message: "Falta el responsable de la actividad «Boletín».",
          },
        ],
      },
      {
        name: "an indicator without logro esperado",
        grid: [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.01.01", null, 5)],
        errors: [{ cell: "D3", messageId: "logro" }],
      },
      {
        name: "an indicator of a PEI matrix without unit",
        grid: [PEI_MATRIZ, ["AEI.01.01"], ["IND.01.AEI.01.01", "Indicador", null, 1, 2, 3, "GG"]],
        errors: [{ cell: "C3", messageId: "unidad" }],
      },
      {
        name: "an AO without tipo de acumulación",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], null),
        ],
        errors: [{ cell: "C2", messageId: "acumulacion" }],
      },
    ],
  }));
