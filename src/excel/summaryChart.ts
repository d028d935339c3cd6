import { a1 } from "../core/sheet/address";
import type { SummaryChart } from "../core/plan/writePlan";

/**
 * Queues, on the summary sheet, one stacked bar chart per level table the plan describes (levels
 * per OEI, or per unidad orgánica for a POI) in the semáforo's colours, and a print setup one page
 * wide (landscape) when the host has page layout (ExcelApi 1.9).
 */
export function queueSummaryChart(
  ws: Excel.Worksheet,
  charts: readonly SummaryChart[],
  pageLayout: boolean
) {
  for (const t of charts) {
    const chart = ws.charts.add(
      "BarStacked" as Excel.ChartType,
      ws.getRange(t.range),
      "Columns" as Excel.ChartSeriesBy
    );
    chart.title.text = t.title;
    chart.setPosition(a1(t.from.row, t.from.col), a1(t.to.row, t.to.col));
    // Categories top to bottom, in the table's order (as the .xlsx writer draws them).
    chart.axes.categoryAxis.reversePlotOrder = true;
    t.series.forEach((s, i) => chart.series.getItemAt(i).format.fill.setSolidColor(s.fill));
  }
  if (pageLayout) {
    ws.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
    // One page wide; as many pages tall as the tables need (no vertical fit given).
    ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
}
