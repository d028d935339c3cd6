import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { p2ColumnaTarea } from "../../src/core/rules/p2ColumnaTarea";
import { POI_TAREAS_V2, versionedRow } from "../support/taskGrids";
import { POI_TAREAS, tareaRow } from "../support/kindGrids";

const ao = "CONDUCCION DE LA POLITICA INSTITUCIONAL";

describe("P2.columna-tarea", () =>
  testRule(p2ColumnaTarea, {
    valid: [
      {
        name: "one task column «TAREAS»",
        grid: [POI_TAREAS, tareaRow(1, "AOI00109100001", "Informes", [1, 2])],
      },
    ],
    invalid: [
      {
        name: "TAREAS_V1 and TAREAS_V2: the latest is read, and the notice says so",
        grid: [POI_TAREAS_V2, versionedRow(1, { ao, task: "Informes", months: [1] })],
        errors: [
          {
            cell: "H1",
            messageId: "version",
            message:
              "Se leyeron las tareas de «TAREAS_V2», la versión más reciente; no se leyó «TAREAS_V1».",
          },
        ],
      },
      {
        name: "only task codes: the notice names the column that names the rows",
        grid: [
          POI_TAREAS_V2.map((h) => (String(h).startsWith("TAREAS") ? `Detalle ${String(h)}` : h)),
          versionedRow(1, { ao, task: "Informes", months: [1] }),
        ],
        errors: [
          {
            cell: "F1",
            messageId: "sinTarea",
            message:
              "No se leyó una columna de tareas: se usó «COD_TAREA_V2» para nombrar las filas.",
          },
        ],
      },
    ],
  }));
