import type { Articulation } from "../articulation/articulation";
import type { DetectedMatrix } from "../detect/matrix";
import type { CellRead } from "../measure/cellRead";
import type { Item } from "../measure/item";
import type { Scale } from "../scales/scale";
import type { SheetData } from "../sheet/sheetData";
import type { Rule } from "./rule";

/** What a rule may report: a cell of its matrix's sheet, a message id of its meta and the data. */
export interface Report {
  cell: string;
  messageId: string;
  data?: Record<string, string | number>;
}

/** What a rule sees: the matrix as detected and measured once, and a way to report. */
export interface RuleContext {
  sheet: SheetData;
  matrix: DetectedMatrix;
  items: readonly Item[];
  reads: readonly CellRead[];
  /** The PEI and POI to check the articulation against, when the check has both (V15). */
  articulation?: Articulation;
  /** The scale the matrix's results were classified with. */
  scale?: Scale;
  report(report: Report): void;
}

export type PlanRule = Rule<RuleContext>;

/** The items of one type, typed. */
export function itemsOf<T extends Item["type"]>(
  items: readonly Item[],
  type: T
): Extract<Item, { type: T }>[] {
  return items.filter((i): i is Extract<Item, { type: T }> => i.type === type);
}

/**
 * Fills a message template: "{who} no tiene {what}" with {who: "AEI.01.02", …}. The Spanish
 * contractions follow the filled words («de el indicador» → «del indicador», «a el» → «al») and
 * the sentence starts with a capital («el indicador …» → «El indicador …»).
 */
export function renderMessage(
  template: string,
  data: Record<string, string | number> = {}
): string {
  const filled = template
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole))
    .replace(/\b([Dd])e el\b/g, "$1el")
    .replace(/\b([Aa]) el\b/g, "$1l");
  return filled.charAt(0).toLocaleUpperCase("es") + filled.slice(1);
}
