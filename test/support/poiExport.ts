import type { CellValue, SheetData } from "../../src/core/sheet/sheetData";

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

/**
 * The Aplicativo CEPLAN's POI export (one row per activity, programmed F(RE) 10 every month,
 * executed F(SE) as given: twelve values per activity), under optional label lines such as
 * «Unidad Orgánica : …» and a blank row.
 */
export function poiExportSheet(
  name: string,
  executed: readonly (readonly CellValue[])[],
  labels: readonly string[] = []
): SheetData {
  const header: CellValue[] = [
    "POI",
    "Etapa",
    "UE ID",
    "Actividad Operativa ID",
    "Actividad Operativa",
    "Acumulado",
    "Tipo",
    ...MONTHS.map((m) => `F(RE) ${m}`),
    ...MONTHS.map((m) => `F(SE) ${m}`),
  ];
  const rows: CellValue[][] = [...labels.map((l) => [l]), ...(labels.length ? [[]] : []), header];
  executed.forEach((se, i) => {
    rows.push([
      "2026",
      "SEGUIMIENTO",
      "000127",
      `AOI${String(i).padStart(11, "0")}`,
      `Actividad ${i}`,
      "SI",
      "ANUAL",
      ...MONTHS.map(() => 10),
      ...se,
    ]);
  });
  return { name, rows, merges: [], formulas: new Map() };
}
