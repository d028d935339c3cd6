import type { DetectedMatrix } from "../detect/matrix";
import { readCell, type CellRead } from "../measure/cellRead";
import type { PlanMetaItem } from "../measure/item";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import type { Measured, MeasureOptions } from "./kind";
import { measurePlanAvance } from "./planAvance";
import { labelColumnOf, periodOfLabel, planCodeOf } from "./planColumns";

/** A cronograma cell marks its period with an X (also ✓, «•»). */
export const isMark = (text: string): boolean => /^[x✓✔•●]$/i.test(text.trim());

/** Cells that state no meta: blank, a dash, «nd» / «n.d.» / «s.d.» (no data), a zero. */
export const statesMeta = (read: CellRead): boolean => {
  if (read.status === "blank") return false;
  if (read.value !== null) return read.value !== 0;
  // «0 EPS», «0 %»: a zero with its unit.
  if (/^0+([.,]0+)?\s*(%|[a-z]+)?$/i.test(read.text.trim())) return false;
  return !/^(-+|—|nd|n\.?d\.?|s\.?d\.?)$/.test(foldText(read.text));
};

/**
 * One item per plan row that states metas or marks years: its metas by year and its X. A year
 * split in semesters is marked when either semester is: the metas are annual, so an X in semester
 * I or II puts the activity to work in that year (the rules' messages say so). When the plan
 * also carries execution columns, each activity gets its avance for the evaluated year.
 */
export function measurePlan(
  sheet: SheetData,
  m: DetectedMatrix,
  options: MeasureOptions
): Measured {
  const cols = m.header.columns;
  const labelCol = labelColumnOf(cols, m.header.left);
  const schedule = (cols.cronograma ?? []).map((p) => ({ col: p.col, ...periodOfLabel(p.label) }));
  const scheduleYears = [...new Set(schedule.map((p) => p.year))].filter(
    (y): y is number => y !== undefined
  );
  const splitYears = scheduleYears.filter((y) => schedule.some((p) => p.year === y && p.semester));
  // The META ACTIVIDAD column, when it is neither the row's label nor one of the years.
  const metaCol = cols.single.meta;
  const ownMetaCol =
    metaCol !== undefined &&
    metaCol !== labelCol &&
    ![...cols.logros, ...schedule].some((p) => p.col === metaCol)
      ? metaCol
      : undefined;
  const items: PlanMetaItem[] = [];
  const reads: CellRead[] = [];
  for (const r of m.rows) {
    if (r.role !== "ao" && r.role !== "indicador") continue;
    const label = r.label ?? "";
    const item: PlanMetaItem = {
      type: "meta-plan",
      code: planCodeOf(label).code ?? label.slice(0, 80),
      row: r.row,
      role: r.role === "ao" ? "ao" : "indicador",
      cell: a1(r.row, labelCol),
      value: null,
      level: "",
      reported: false,
      label,
      metas: [],
      marks: [],
      scheduleYears,
      splitYears,
    };
    const metaText = ownMetaCol === undefined ? "" : cellText(cellAt(sheet, r.row, ownMetaCol));
    if (metaText) item.metaText = metaText;
    for (const l of cols.logros) {
      const read = readCell(sheet, r.row, l.col, `Meta ${l.year} de «${label.slice(0, 60)}»`);
      if (!read || l.year === null) continue;
      if (statesMeta(read)) item.metas.push({ year: l.year, read });
    }
    for (const p of schedule) {
      if (p.year !== undefined && isMark(cellText(cellAt(sheet, r.row, p.col))))
        item.marks.push({ year: p.year, semester: p.semester, address: a1(r.row, p.col) });
    }
    measurePlanAvance(sheet, cols, item, options, reads);
    items.push(item);
  }
  // A plan's metas are statements as much as numbers («01 plan de trabajo anual», «1 EPS»,
  // «PESEM y PEI incorporan enfoque de EC»): the number rules (N1, N2) read only the logrados.
  return { items, reads };
}
