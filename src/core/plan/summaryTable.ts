import { roundHalfUp } from "../numbers/round";
import { classify, NO_DATA_COLORS, NO_DATA_LABEL, scaleLabels, type Scale } from "../scales/scale";
import { a1, rangeA1 } from "../sheet/address";
import type { BoundedFormulas } from "./boundedFormulas";
import type { PlacedResult } from "./placedResult";
import { SUMMARY_SHEET, type PlannedCell, type SummaryChart } from "./writePlan";

/** One level table of the summary: rows of results (cells already qualified with their sheet). */
export interface SummaryTableSpec {
  title: string;
  /** The first header: «OEI», «Unidad orgánica» or «Matriz». */
  rowHeader: string;
  /** The last header: «Número de AEI», «Número de AO» or «Número de indicadores». */
  countHeader: string;
  scale: Scale;
  rows: Map<string, PlacedResult[]>;
  /** Adds the «Avance promedio de AEI» line (PEI). */
  average: boolean;
}

/** Columns the chart spans, right of the table after one blank column. */
const CHART_COLS = 8;
/** The chart's height in rows at least (title, legend and axis take about six). */
const CHART_MIN_ROWS = 14;

/**
 * Writes one table from `top` (title, header, a row per label with a count per level and their
 * number, «Total», the average when asked) and describes its chart, right of the table. Returns
 * the first free row below both.
 */
export function writeSummaryTable(
  cells: PlannedCell[],
  bounded: BoundedFormulas,
  top: number,
  spec: SummaryTableSpec
): { next: number; chart: SummaryChart } {
  const text = (row: number, col: number, value: string, style?: PlannedCell["style"]) =>
    cells.push({ sheet: SUMMARY_SHEET, address: a1(row, col), value, text: true, style });
  const formula = (row: number, col: number, f: string, value: number | string | null) =>
    cells.push({ sheet: SUMMARY_SHEET, address: a1(row, col), formula: f, value });
  const labels = scaleLabels(spec.scale);
  const items = [...spec.rows.values()].flat();
  let r = top;
  text(r++, 0, spec.title, "title");
  const header = r;
  [spec.rowHeader, ...labels, spec.countHeader].forEach((h, c) => text(r, c, h, "header"));
  r++;
  const first = r;
  for (const [label, list] of spec.rows) {
    text(r, 0, label);
    labels.forEach((l, i) => bounded.count(r, i + 1, list, l, spec.scale));
    formula(r, labels.length + 1, `=SUM(${a1(r, 1)}:${a1(r, labels.length)})`, list.length);
    r++;
  }
  const last = r - 1;
  text(r, 0, "Total");
  for (let c = 1; c <= labels.length + 1; c++) {
    const total =
      c <= labels.length
        ? items.filter((x) => classify(x.value, spec.scale) === labels[c - 1]).length
        : items.length;
    formula(r, c, `=SUM(${a1(first, c)}:${a1(last, c)})`, total);
  }
  r++;
  if (spec.average) {
    const values = items.map((x) => x.value).filter((v): v is number => v !== null);
    const mean = values.length
      ? roundHalfUp(values.reduce((a, b) => a + b, 0) / values.length, 2)
      : "";
    text(r, 0, "Avance promedio de AEI");
    bounded.average(r, 1, items, mean);
    r++;
  }
  const fills = levelFills(spec.scale);
  const left = labels.length + 3;
  const height = Math.max(CHART_MIN_ROWS, spec.rows.size + 8);
  const chart: SummaryChart = {
    title: spec.title,
    range: rangeA1(header, 0, last, labels.length),
    categories: rangeA1(first, 0, last, 0),
    series: labels.map((label, i) => ({
      label,
      header: a1(header, i + 1),
      values: rangeA1(first, i + 1, last, i + 1),
      fill: fills.get(label) ?? NO_DATA_COLORS.fill,
    })),
    from: { row: top, col: left },
    to: { row: top + height, col: left + CHART_COLS },
  };
  // The next table starts below this one and below its chart, so charts never overlap.
  return { next: Math.max(r, top + height) + 1, chart };
}

/** The semáforo fill of each label of a scale (as its conditional formats paint it). */
function levelFills(scale: Scale): Map<string, string> {
  const fills = new Map(scale.levels.map((l) => [l.label, l.fill]));
  if (scale.over) fills.set(scale.over.label, scale.over.fill);
  fills.set(NO_DATA_LABEL, NO_DATA_COLORS.fill);
  return fills;
}
