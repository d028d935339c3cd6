// The Aplicativo's short POI export as the benchmarks generate it: one row per activity, F(RE)
// and F(SE) by month (programmed 10 a month, executed for the first semester).
"use strict";
const ExcelJS = require("exceljs");

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

/** Writes the export with `activities` rows. */
async function buildPoiExport(file, activities) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("POI por AO");
  ws.addRow([
    "POI",
    "Etapa",
    "UE ID",
    "Actividad Operativa ID",
    "Actividad Operativa",
    "Acumulado",
    "Tipo",
    ...MONTHS.map((m) => `F(RE) ${m}`),
    ...MONTHS.map((m) => `F(SE) ${m}`),
  ]);
  for (let i = 0; i < activities; i++) {
    ws.addRow([
      "2026",
      "SEGUIMIENTO",
      "000127",
      `AOI${String(i).padStart(11, "0")}`,
      `Actividad ${i}`,
      "SI",
      "ANUAL",
      ...MONTHS.map(() => 10),
      ...MONTHS.map((_, m) => (m < 6 ? (i % 13) + 1 : null)),
    ]);
  }
  await wb.xlsx.writeFile(file);
}

module.exports = { buildPoiExport };
