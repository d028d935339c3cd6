import type { PlanMetaItem } from "../measure/item";

/** Who a plan row is in messages: «La actividad 1.2.2.3», else the row's label. */
export const planWho = (item: PlanMetaItem): string =>
  item.role === "ao" ? `La actividad ${item.code}` : `«${item.label.slice(0, 60)}»`;

/** A year the cronograma leaves unmarked, as messages say it: «2025 (ni el semestre I ni el II)». */
export const unmarkedYear = (item: PlanMetaItem, year: number): string =>
  item.splitYears.includes(year) ? `${year} (ni el semestre I ni el II)` : String(year);
