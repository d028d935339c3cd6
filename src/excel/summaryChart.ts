import { parseA1, rangeA1 } from "../core/sheet/address";
import { SUMMARY_SHEET, type WritePlan } from "../core/plan/writePlan";

/** One level-count table of the summary sheet, for a stacked bar chart. */
export interface SummaryTable {
  title: string;
  /** Header row and data rows (OEI or matrix, one column per level), without the totals. */
  range: string;
  /** The level of each series, in column order, with the semáforo's fill. */
  series: { label: string; fill: string }[];
  /** Where the chart goes: to the right of the table. */
  anchor: string;
}

/**
 * Finds the level tables in the planned summary sheet: a title row, a header row (first column
 * «OEI» or «Matriz», one column per level, then the count), data rows, and «Total». Colours come
 * from the plan's own semáforo rules. (Layout knowledge of core/plan/summary.ts: when the core
 * exposes its tables, this reads them instead.)
 */
export function summaryTables(plan: WritePlan): SummaryTable[] {
  const cells = plan.cells.filter((c) => c.sheet === SUMMARY_SHEET);
  const at = new Map(cells.map((c) => [c.address, c]));
  const fills = new Map<string, string>();
  for (const f of plan.formats)
    for (const r of f.rules) if (!fills.has(r.label)) fills.set(r.label, r.fill);
  const tables: SummaryTable[] = [];
  for (const c of cells) {
    const p = parseA1(c.address);
    if (!p || p.col !== 0 || c.style !== "header") continue;
    const labels: string[] = [];
    for (let col = 1; at.get(rangeA1(p.row, col, p.row, col))?.style === "header"; col++) {
      labels.push(String(at.get(rangeA1(p.row, col, p.row, col))?.value ?? ""));
    }
    const levels = labels.slice(0, -1); // the last header is the count («Número de AEI»)
    let last = p.row + 1;
    while (
      at.get(rangeA1(last, 0, last, 0)) &&
      at.get(rangeA1(last, 0, last, 0))?.value !== "Total"
    )
      last++;
    if (levels.length === 0 || last === p.row + 1) continue;
    const title = String(at.get(rangeA1(p.row - 1, 0, p.row - 1, 0))?.value ?? "Semáforo");
    tables.push({
      title,
      range: rangeA1(p.row, 0, last - 1, levels.length),
      series: levels.map((label) => ({ label, fill: fills.get(label) ?? "#D9D9D9" })),
      anchor: rangeA1(p.row - 1, labels.length + 2, p.row - 1, labels.length + 2),
    });
  }
  return tables;
}

/**
 * Queues, on the summary sheet, one stacked bar chart per level table (levels per OEI, or per
 * matrix for a POI) in the semáforo's colours, and a print setup one page wide (landscape) when
 * the host has page layout (ExcelApi 1.9).
 */
export function queueSummaryChart(ws: Excel.Worksheet, plan: WritePlan, pageLayout: boolean) {
  for (const t of summaryTables(plan)) {
    const chart = ws.charts.add(
      "BarStacked" as Excel.ChartType,
      ws.getRange(t.range),
      "Columns" as Excel.ChartSeriesBy
    );
    chart.title.text = t.title;
    chart.setPosition(t.anchor);
    t.series.forEach((s, i) => chart.series.getItemAt(i).format.fill.setSolidColor(s.fill));
  }
  if (pageLayout) {
    ws.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
    // One page wide; as many pages tall as the tables need (no vertical fit given).
    ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
}
