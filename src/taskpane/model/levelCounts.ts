import type { MatrixReport } from "../../core/check/checkSheets";
import { measuringScale, type Measuring } from "../../core/scales/measuring";
import { NO_DATA_COLORS, NO_DATA_LABEL } from "../../core/scales/scale";

/** One level of a matrix's result: its label, colours and how many indicators / AO fall in it. */
export interface LevelCount {
  label: string;
  fill: string;
  font: string;
  count: number;
}

/**
 * How many results of a matrix fall in each level of its scale (Malo / Regular / Bueno / Sin dato
 * …), in the scale's order, with the semáforo's colours. (UI-independent: a candidate for core.)
 */
export function levelCounts(report: MatrixReport, measuring: Measuring): LevelCount[] {
  const scale = measuringScale(measuring, report.period);
  const colours = new Map<string, { fill: string; font: string }>([
    ...scale.levels.map((l) => [l.label, { fill: l.fill, font: l.font }] as const),
    ...(scale.over ? [[scale.over.label, scale.over] as const] : []),
    [NO_DATA_LABEL, NO_DATA_COLORS],
  ]);
  return report.levels.map((label) => ({
    label,
    fill: colours.get(label)?.fill ?? NO_DATA_COLORS.fill,
    font: colours.get(label)?.font ?? NO_DATA_COLORS.font,
    count: report.results.filter((r) => (r.level ?? NO_DATA_LABEL) === label).length,
  }));
}
