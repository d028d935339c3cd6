import ExcelJS from "exceljs";
import { LEVEL_COLUMNS, type ConsolidatedRow } from "../core/consolidate/consolidatedRows";
import type { PlannedCell } from "../core/plan/writePlan";
import { SUMMARY_SHEET } from "../core/plan/writePlan";
import { SEVERITY_WORD } from "../core/report/observations";
import { AMARILLO, ROJO, VERDE } from "../core/scales/presets";
import { NO_DATA_COLORS } from "../core/scales/scale";
import { a1 } from "../core/sheet/address";
import { describeRanges } from "../core/check/findingGroups";
import {
  readSpool,
  type ConsolidateSpool,
  type SpooledObservation,
  type UnitTotals,
} from "./consolidateSpool";

/** The level columns' colours: the semáforo's fills (Excel's Bad / Neutral / Good). */
export const LEVEL_COLORS = [ROJO, AMARILLO, VERDE, NO_DATA_COLORS] as const;
const SEVERITY_COLORS = { error: ROJO, warning: AMARILLO, info: NO_DATA_COLORS } as const;

export const MATRIX_HEADERS = [
  "Archivo",
  "Hoja",
  "Tipo",
  "Unidad ejecutora",
  "Unidad orgánica",
  "Escala",
  ...LEVEL_COLUMNS,
  "Avance promedio",
  "Errores",
  "Advertencias",
  "Avisos",
];
const UNIT_HEADERS = ["Unidad", "Matrices", ...LEVEL_COLUMNS, "Errores", "Advertencias", "Avisos"];
const OBSERVATION_HEADERS = [
  "Unidad",
  "Archivo",
  "Hoja",
  "Regla",
  "Gravedad",
  "Celdas",
  "Dónde",
  "Observación",
];
/** The summary's unit table starts on this row (0-based): title, subtitle, a blank row. */
export const UNIT_TABLE_TOP = 3;

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
function paint(cell: ExcelJS.Cell, colors: { fill: string; font: string }, bold = false) {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(colors.fill) } };
  cell.font = { color: { argb: argb(colors.font) }, bold };
}

function header(ws: ExcelJS.Worksheet, values: readonly string[], levelsFrom: number) {
  const row = ws.addRow([...values]);
  row.font = { bold: true };
  LEVEL_COLUMNS.forEach((_, i) => paint(row.getCell(levelsFrom + i), LEVEL_COLORS[i]!, true));
  row.commit();
}

/** The summary's cells (unit table and totals), as the chart's cached values read them. */
export function summaryCells(units: readonly UnitTotals[], total: UnitTotals): PlannedCell[] {
  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, value: string | number) =>
    cells.push({ sheet: SUMMARY_SHEET, address: a1(row, col), value });
  UNIT_HEADERS.forEach((h, c) => put(UNIT_TABLE_TOP, c, h));
  [...units, total].forEach((u, i) => {
    const values = [u.unit, u.matrices, ...u.counts, u.errors, u.warnings, u.infos];
    values.forEach((v, c) => put(UNIT_TABLE_TOP + 1 + i, c, v));
  });
  return cells;
}

function writeSummary(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  spool: ConsolidateSpool,
  files: number
) {
  const ws = wb.addWorksheet(SUMMARY_SHEET, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 42 }, ...UNIT_HEADERS.slice(1).map(() => ({ width: 12 }))];
  const title = ws.addRow(["Consolidado del semáforo"]);
  title.font = { bold: true, size: 14 };
  title.commit();
  ws.addRow([
    `${files} ${files === 1 ? "libro" : "libros"}, ${spool.total.matrices} matrices, ${spool.units.size} unidades`,
  ]).commit();
  ws.addRow([]).commit();
  header(ws, UNIT_HEADERS, 3);
  const units = sortedUnits(spool);
  for (const u of units)
    ws.addRow([u.unit, u.matrices, ...u.counts, u.errors, u.warnings, u.infos]).commit();
  const t = spool.total;
  const totalRow = ws.addRow([t.unit, t.matrices, ...t.counts, t.errors, t.warnings, t.infos]);
  totalRow.font = { bold: true };
  totalRow.commit();
  ws.commit();
}

/** Units in name order, as the summary table and the chart list them. */
export function sortedUnits(spool: ConsolidateSpool): UnitTotals[] {
  return [...spool.units.values()].sort((a, b) => a.unit.localeCompare(b.unit, "es"));
}

async function writeMatrices(wb: ExcelJS.stream.xlsx.WorkbookWriter, spool: ConsolidateSpool) {
  const ws = wb.addWorksheet("Consolidado", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [40, 24, 28, 30, 30, 20, 9, 9, 9, 9, 11, 9, 12, 9].map((width) => ({ width }));
  header(ws, MATRIX_HEADERS, 7);
  for await (const r of readSpool<ConsolidatedRow>(spool.rowsPath)) {
    ws.addRow([
      r.file,
      r.sheet,
      r.label,
      r.ue,
      r.uo,
      r.scale,
      ...r.counts,
      r.average,
      r.errors,
      r.warnings,
      r.infos,
    ]).commit();
  }
  const last = spool.rows + 1;
  const t = spool.total;
  const sum = (col: string, result: number) => ({ formula: `SUM(${col}2:${col}${last})`, result });
  const totals = ws.addRow([
    "Total",
    "",
    "",
    "",
    "",
    "",
    ...t.counts.map((n, i) => sum("GHIJ"[i]!, n)),
    null,
    sum("L", t.errors),
    sum("M", t.warnings),
    sum("N", t.infos),
  ]);
  totals.font = { bold: true };
  totals.commit();
  ws.commit();
}

async function writeObservations(wb: ExcelJS.stream.xlsx.WorkbookWriter, spool: ConsolidateSpool) {
  const ws = wb.addWorksheet("Observaciones por unidad", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  ws.columns = [36, 36, 22, 26, 12, 8, 30, 90].map((width) => ({ width }));
  const head = ws.addRow(OBSERVATION_HEADERS);
  head.font = { bold: true };
  head.commit();
  for await (const o of readSpool<SpooledObservation>(spool.observationsPath)) {
    const row =
      "group" in o
        ? ws.addRow([
            o.unit,
            o.file,
            o.sheet,
            o.group.rule,
            SEVERITY_WORD[o.group.severity],
            o.group.count + o.omitted,
            describeRanges(o.group.ranges),
            o.group.count > 1
              ? `${o.group.message} (y ${o.group.count + o.omitted - 1} más)`
              : o.group.message,
          ])
        : ws.addRow([
            o.file,
            o.file,
            "",
            "archivo-ilegible",
            "error",
            0,
            "",
            `No se pudo leer: ${o.reason}`,
          ]);
    paint(row.getCell(5), SEVERITY_COLORS["group" in o ? o.group.severity : "error"]);
    row.alignment = { vertical: "top", wrapText: true };
    row.commit();
  }
  ws.commit();
}

/** Writes the consolidated workbook to `file`, a sheet at a time, reading the spool back. */
export async function writeConsolidatedXlsx(
  spool: ConsolidateSpool,
  files: number,
  file: string
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  wb.creator = "Semáforo POI/PEI";
  writeSummary(wb, spool, files);
  await writeMatrices(wb, spool);
  await writeObservations(wb, spool);
  await wb.commit();
}
