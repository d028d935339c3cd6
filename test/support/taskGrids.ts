import type { CellValue } from "../../src/core/sheet/sheetData";

import { MESES } from "./kindGrids";

/**
 * A flat POI by task with versioned task columns, trimmed (A–U): NRO | Actividad Operativa
 * ID_CEPLAN | ACTIVIDAD OPERATIVA | UM_AO | COD_TAREA_V1 | COD_TAREA_V2 | TAREAS_V1 | TAREAS_V2 |
 * UM_TAREA | ENE … DIC (J–U) | TOTAL (V).
 */
export const POI_TAREAS_V2: CellValue[] = [
  "NRO",
  "Actividad Operativa ID_CEPLAN",
  "ACTIVIDAD OPERATIVA",
  "UM_AO",
  "COD_TAREA_V1",
  "COD_TAREA_V2",
  "TAREAS_V1",
  "TAREAS_V2",
  "UM_TAREA",
  ...MESES,
  "TOTAL",
];

export interface VersionedRow {
  ao: string;
  /** The task (TAREAS_V2); absent on the AO's own row. */
  task?: string;
  /** COD_TAREA_V2 («ELIMINAR» marks the task for deletion); T + nro by default on a task row. */
  code?: string;
  unit?: string;
  umAo?: string;
  months: number[];
  total?: number;
}

/** One row of POI_TAREAS_V2; TOTAL is the months' sum unless given. */
export function versionedRow(nro: number, r: VersionedRow): CellValue[] {
  const twelve = Array.from({ length: 12 }, (_, i) => r.months[i] ?? 0);
  const task = r.task !== undefined;
  return [
    nro,
    `AOI0010910000${nro}`,
    r.ao,
    r.umAo ?? "Acción",
    task ? `T${nro}` : null,
    task ? (r.code ?? `T${nro}`) : null,
    task ? `${r.task} (inicial)` : null,
    task ? (r.task as string) : null,
    task ? (r.unit ?? "Informe") : null,
    ...twelve,
    r.total ?? twelve.reduce((a, b) => a + b, 0),
  ];
}
