import { writeAtomically } from "../xlsx/atomicWrite";
import ExcelJS from "exceljs";
import { AMARILLO, ROJO } from "../core/scales/presets";
import { NO_DATA_COLORS } from "../core/scales/scale";
import type { Severity } from "../core/check/findings";
import type { Observation } from "../core/report/observations";
import { REPORT_HEADERS, reportRow } from "./reportCsv";

const SHEET = "Observaciones";
const WIDTHS = [6, 30, 22, 10, 13, 22, 40, 80, 50, 28, 8];
const SEVERITY_FILL: Record<Severity, { fill: string; font: string }> = {
  error: ROJO,
  warning: AMARILLO,
  info: NO_DATA_COLORS,
};
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** The observations workbook: one sheet, a header row, one row per group of findings, ready to filter. */
export function observationsWorkbook(observations: readonly Observation[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Semáforo POI/PEI";
  wb.title = "Observaciones de la revisión de matrices";
  const ws = wb.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = REPORT_HEADERS.map((header, i) => ({ header, width: WIDTHS[i] }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  observations.forEach((o, i) => {
    const row = ws.addRow(reportRow(o, i));
    row.alignment = { vertical: "top", wrapText: true };
    const colors = SEVERITY_FILL[o.severity];
    row.getCell(5).fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(colors.fill) },
    };
    row.getCell(5).font = { color: { argb: argb(colors.font) } };
  });
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, observations.length + 1), column: REPORT_HEADERS.length },
  };
  return wb;
}

/** Writes the workbook through a temporary file renamed at the end: never a half-written report. */
export async function writeObservationsXlsx(
  observations: readonly Observation[],
  output: string
): Promise<void> {
  const buffer = await observationsWorkbook(observations).xlsx.writeBuffer();
  await writeAtomically(output, Buffer.from(buffer));
}
