import type { ColumnMap } from "../detect/columnMap";
import type { DetectedMatrix } from "../detect/matrix";
import { readCell, type CellRead } from "../measure/cellRead";
import { evaluate } from "../measure/evaluate";
import { tipo1Calc } from "../measure/tipo1Calc";
import type { PlanMetaItem } from "../measure/item";
import { classify } from "../scales/scale";
import type { SheetData } from "../sheet/sheetData";
import type { MeasureOptions } from "./kind";

/**
 * The year a plan's avance is evaluated for: the latest year with an execution column («Logrado
 * 2025», «Valor obtenido 2025», «Ejecutado 2025») and a meta column of its own. Stated in the
 * result column's header, never left to guess. Undefined when the plan has no such column (the
 * published HdR-AS plan): nothing is computed then.
 */
export function evaluatedYear(cols: ColumnMap): number | undefined {
  const metaYears = new Set(cols.logros.map((l) => l.year));
  const years = cols.valores
    .map((v) => v.year)
    .filter((y): y is number => y !== undefined && metaYears.has(y));
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** The result column's header: the evaluated year, as the planner reads it. */
export const planAvanceHeader = (year: number): string => `Avance ${year} (logrado / meta, %)`;

/** Whether a text is a header planAvanceHeader writes (for taking Semáforo's cells out again). */
export const isPlanAvanceHeader = (text: string): boolean =>
  /^Avance 20\d\d \(logrado \/ meta, %\)$/.test(text.trim());

export const planResultHeader = (m: DetectedMatrix): string | undefined => {
  const year = evaluatedYear(m.header.columns);
  return year === undefined ? undefined : planAvanceHeader(year);
};

/**
 * An activity's avance for the evaluated year: AVANCE_TIPO1(logrado, meta), capped like CEPLAN's
 * Tipo I unless the run asks for the raw avance. A meta that is a statement («PESEM y PEI
 * incorporan…») or no meta at all gives no avance: a blank result, not an error. The logrado
 * read is kept (also when blank, for V11.sin-logrado) and fed to the number rules.
 */
export function measurePlanAvance(
  sheet: SheetData,
  cols: ColumnMap,
  item: PlanMetaItem,
  options: MeasureOptions,
  reads: CellRead[]
): void {
  const year = evaluatedYear(cols);
  const col = cols.valores.filter((v) => v.year === year).at(-1)?.col;
  if (year === undefined || col === undefined) return;
  const meta = item.metas.find((m) => m.year === year)?.read;
  if (!meta || meta.value === null) return;
  const logrado = readCell(sheet, item.row, col, `Logrado ${year} de «${item.label.slice(0, 60)}»`);
  if (!logrado) return;
  reads.push(logrado);
  item.avance = { year, meta, logrado };
  item.calc = tipo1Calc(logrado, meta, options.tope);
  item.value = evaluate(item.calc).value;
  item.reported = true;
  item.level = classify(item.value, options.scale);
}
