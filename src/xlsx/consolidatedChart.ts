import type { PlannedCell, SummaryChart } from "../core/plan/writePlan";
import { SUMMARY_SHEET } from "../core/plan/writePlan";
import { a1 } from "../core/sheet/address";
import { PackageEditor } from "./ooxml/packageEditor";
import { addSummaryCharts } from "./ooxml/summaryChartParts";
import { loadPackage, relsPathOf } from "./ooxml/xlsxPackage";

/** Where the chart's table is on the summary sheet and which series it draws. */
export interface ChartTable {
  title: string;
  /** 0-based row of the table's header; categories in column A below it, `rows` of them. */
  top: number;
  rows: number;
  /** The chart's left column (0-based), right of the table. */
  left: number;
  /** The level series: their header's column (0-based), label and fill. */
  series: { col: number; label: string; fill: string }[];
}

/** The parts after which a sheet's `<drawing>` goes (CT_Worksheet order), first one found. */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * Adds a stacked bar chart in the semáforo colours to the summary sheet of a workbook written by
 * ExcelJS (which cannot chart), with the same DrawingML parts the `apply` summary writes.
 */
export async function addSummaryChart(
  workbook: Buffer,
  table: ChartTable,
  cells: readonly PlannedCell[]
): Promise<Buffer> {
  const editor = new PackageEditor(await loadPackage(workbook));
  const entry = editor.pkg.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (!entry) throw new Error(`falta la hoja ${SUMMARY_SHEET}.`);
  if (editor.has(relsPathOf(entry.path)))
    throw new Error(`la hoja ${SUMMARY_SHEET} ya tiene relaciones.`);
  const first = table.top + 1;
  const last = table.top + table.rows;
  const col = (c: number) => a1(0, c).replace(/\d+$/, "");
  const chart: SummaryChart = {
    title: table.title,
    range: `A${table.top + 1}:${col(Math.max(...table.series.map((s) => s.col)))}${last + 1}`,
    categories: `A${first + 1}:A${last + 1}`,
    series: table.series.map((s) => ({
      label: s.label,
      header: a1(table.top, s.col),
      values: `${col(s.col)}${first + 1}:${col(s.col)}${last + 1}`,
      fill: s.fill,
    })),
    from: { row: table.top, col: table.left },
    to: {
      row: table.top + Math.min(200, Math.max(18, Math.ceil(table.rows * 1.5) + 6)),
      col: table.left + 9,
    },
  };
  const types = await editor.text("[Content_Types].xml");
  const drawn = addSummaryCharts(editor, entry.path, [chart], cells, types);
  if (!drawn) return workbook;
  let xml = await editor.text(entry.path);
  if (!/xmlns:r=/.test(xml.slice(0, 600))) {
    xml = xml.replace(
      /<worksheet\b/,
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
    );
  }
  const at = AFTER_DRAWING.exec(xml)?.index ?? xml.length;
  editor.set(entry.path, xml.slice(0, at) + drawn.drawing + xml.slice(at));
  editor.set("[Content_Types].xml", drawn.types);
  return editor.save();
}
