import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11TareaEliminada } from "../../src/core/rules/v11TareaEliminada";
import { POI_TAREAS_V2, versionedRow } from "../support/taskGrids";

const ao = "CONDUCCION DE LA POLITICA INSTITUCIONAL";

describe("V11.tarea-eliminada", () =>
  testRule(v11TareaEliminada, {
    valid: [
      {
        name: "a task coded ELIMINAR whose months are all 0",
        grid: [
          POI_TAREAS_V2,
          versionedRow(1, { ao, task: "Informes", code: "ELIMINAR", months: [] }),
        ],
      },
      {
        name: "a task that continues, with programming",
        grid: [POI_TAREAS_V2, versionedRow(1, { ao, task: "Informes", months: [1, 2, 3] })],
      },
    ],
    invalid: [
      {
        name: "a task coded ELIMINAR in COD_TAREA_V2 that still programs 6",
        grid: [
          POI_TAREAS_V2,
          versionedRow(1, { ao, task: "Informes", months: [1, 1] }),
          versionedRow(2, { ao, task: "Reuniones", code: "ELIMINAR", months: [1, 2, 3] }),
        ],
        errors: [
          {
            cell: "F3",
            messageId: "programada",
            message:
              "La tarea «Reuniones» está marcada «ELIMINAR» en F3, pero aún programa 6: se sumaría al POI.",
          },
        ],
      },
      {
        name: "a task marked «Eliminado» in another column of the row",
        grid: [
          [...POI_TAREAS_V2, "OBSERVACIÓN"],
          [...versionedRow(1, { ao, task: "Informes", months: [0, 4] }), "Eliminado"],
        ],
        errors: [{ cell: "W2", messageId: "programada" }],
      },
    ],
  }));
