import type { CellValue, SheetData } from "../../src/core/sheet/sheetData";
import { POI_TAREAS, tareaRow } from "./kindGrids";

/**
 * A flat POI as large institutions keep it (one row per tarea, 1,701 rows like the national
 * agency's POI 2026 in the domain notes), with what such files really hold: 156 tasks without
 * a unidad de medida in one block, TOTALs that do not add up, and a task repeated under its AO.
 */
export function flatPoi(rows = 1701): SheetData {
  const data: CellValue[][] = [POI_TAREAS];
  for (let i = 1; i <= rows; i++) {
    const ao = `AOI00012700${String(100 + Math.floor(i / 7)).padStart(3, "0")}`;
    const months = Array.from({ length: 12 }, (_, m) =>
      (i + m) % 5 === 0 ? 0 : 1 + ((i * m) % 4)
    );
    const sum = months.reduce((a, b) => a + b, 0);
    const row = tareaRow(i, ao, `Tarea ${i % 5}`, months, i % 9 === 0 ? sum + 1 : undefined);
    if (i >= 73 && i < 73 + 156) row[6] = null;
    data.push(row);
  }
  return { name: "POI 2026", rows: data, merges: [], formulas: new Map() };
}
