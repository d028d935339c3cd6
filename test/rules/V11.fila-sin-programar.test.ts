import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11FilaSinProgramar } from "../../src/core/rules/v11FilaSinProgramar";
import { POI_TAREAS_V2, versionedRow } from "../support/taskGrids";

const ao = "GESTION ADMINISTRATIVA";

describe("V11.fila-sin-programar", () =>
  testRule(v11FilaSinProgramar, {
    valid: [
      {
        name: "tasks with programming, and a task marked ELIMINAR left at 0",
        grid: [
          POI_TAREAS_V2,
          versionedRow(1, { ao, task: "Informes", months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2] }),
          versionedRow(2, { ao, task: "Viajes", code: "ELIMINAR", months: [] }),
        ],
      },
    ],
    invalid: [
      {
        name: "a task whose twelve months and TOTAL are 0",
        grid: [
          POI_TAREAS_V2,
          versionedRow(1, { ao, task: "Informes", months: [1] }),
          versionedRow(2, { ao, task: "Seguimiento de expedientes", months: [] }),
        ],
        errors: [
          {
            cell: "V3",
            messageId: "cero",
            message:
              "«Seguimiento de expedientes» no programa nada: sus doce meses y su total son 0 o están en blanco.",
          },
        ],
      },
    ],
  }));
