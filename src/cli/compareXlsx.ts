import ExcelJS from "exceljs";
import type { CutComparison, CutValue, Direction } from "../core/compare/compareCuts";
import { AMARILLO, ROJO, VERDE } from "../core/scales/presets";
import { writeAtomically } from "../xlsx/atomicWrite";
import { describeReprogramming, describeTotals } from "../core/compare/describeComparison";
import { DIRECTION_TITLES } from "./formatCompare";

const SHEET = "Comparación";
const HEADERS = [
  "",
  "Cambio",
  "Código",
  "Hoja",
  "Celda",
  "Antes (%)",
  "Nivel antes",
  "Ahora (%)",
  "Nivel ahora",
  "Diferencia",
  "Reprogramado",
  "Qué se reprogramó",
];
const WIDTHS = [4, 12, 20, 18, 8, 11, 13, 11, 13, 11, 14, 30];
const ARROWS: Record<Direction, { arrow: string; colors: { fill: string; font: string } }> = {
  empeoro: { arrow: "▼", colors: ROJO },
  mejoro: { arrow: "▲", colors: VERDE },
  igual: { arrow: "►", colors: AMARILLO },
};
const NEW = { arrow: "✚", colors: VERDE };
const REMOVED = { arrow: "✖", colors: ROJO };

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function paint(cell: ExcelJS.Cell, colors: { fill: string; font: string }, bold = false) {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(colors.fill) } };
  cell.font = { color: { argb: argb(colors.font) }, bold };
}

function arrowCell(row: ExcelJS.Row, colors: { fill: string; font: string }) {
  paint(row.getCell(1), colors, true);
  row.getCell(1).alignment = { horizontal: "center" };
}

function paintLevel(row: ExcelJS.Row, col: number, v: CutValue | undefined) {
  if (!v) return;
  paint(row.getCell(col), { fill: v.colores.relleno, font: v.colores.letra });
}

/**
 * The comparison as a sheet to forward: one row per changed, new or removed item, an arrow in the
 * semáforo colours (▼ empeoró, ▲ mejoró, ► igual), each level painted in its own colour.
 */
export function comparisonWorkbook(cmp: CutComparison, before: string, after: string) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Semáforo POI/PEI";
  wb.title = "Comparación de cortes";
  const ws = wb.addWorksheet(SHEET, {
    views: [{ state: "frozen", ySplit: 3 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.getCell("A1").value = `Comparación de cortes: ${before} → ${after}`;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getCell("A2").value = describeTotals(cmp);
  const head = ws.getRow(3);
  head.values = HEADERS;
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  for (const c of cmp.cambios) {
    const row = ws.addRow([
      ARROWS[c.direccion].arrow,
      DIRECTION_TITLES[c.direccion],
      c.codigo,
      c.hoja,
      c.celda,
      c.antes.valor,
      c.antes.nivel,
      c.ahora.valor,
      c.ahora.nivel,
      c.cambio,
      c.reprogramado ? "Sí" : "No",
      describeReprogramming(c),
    ]);
    arrowCell(row, ARROWS[c.direccion].colors);
    paintLevel(row, 7, c.antes);
    paintLevel(row, 9, c.ahora);
    if (c.reprogramado) paint(row.getCell(11), AMARILLO);
  }
  for (const n of cmp.nuevos) {
    const row = ws.addRow([
      NEW.arrow,
      "Nuevo",
      n.codigo,
      n.hoja,
      n.celda,
      null,
      "",
      n.ahora.valor,
      n.ahora.nivel,
    ]);
    arrowCell(row, NEW.colors);
    paintLevel(row, 9, n.ahora);
  }
  for (const r of cmp.retirados) {
    const row = ws.addRow([
      REMOVED.arrow,
      "Retirado",
      r.codigo,
      r.hoja,
      r.celda,
      r.antes.valor,
      r.antes.nivel,
    ]);
    arrowCell(row, REMOVED.colors);
    paintLevel(row, 7, r.antes);
  }
  for (const col of [6, 8, 10]) ws.getColumn(col).numFmt = "0.00";
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: ws.rowCount, column: HEADERS.length } };
  return wb;
}

/** Writes the comparison workbook through a temporary file renamed at the end. */
export async function writeComparisonXlsx(
  cmp: CutComparison,
  before: string,
  after: string,
  output: string
): Promise<void> {
  const buffer = await comparisonWorkbook(cmp, before, after).xlsx.writeBuffer();
  await writeAtomically(output, Buffer.from(buffer));
}
