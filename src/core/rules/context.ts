import type { Articulation } from "../articulation/articulation";
import type { DetectedMatrix } from "../detect/matrix";
import type { CellRead } from "../measure/cellRead";
import type { Item, MeasuredMatrix } from "../measure/item";
import type { NodeType } from "../measure/nodes";
import type { Scale } from "../scales/scale";
import { a1 } from "../sheet/address";
import type { SheetData } from "../sheet/sheetData";
import type { Rule } from "./rule";

/** What a rule may report: a cell of its matrix's sheet, a message id of its meta and the data. */
export interface Report<MessageId extends string = string> {
  cell: string;
  messageId: MessageId;
  data?: Record<string, string | number>;
}

/** What a rule sees: the matrix as detected and measured once, and a way to report. */
export interface RuleContext<MessageId extends string = string> {
  sheet: SheetData;
  matrix: DetectedMatrix;
  items: readonly Item[];
  reads: readonly CellRead[];
  /** The PEI and POI to check the articulation against, when the check has both (V15). */
  articulation?: Articulation;
  /** The scale the matrix's results were classified with. */
  scale: Scale;
  /** Whether the matrix yields a node type (a rule subscribed to several asks which it has). */
  has(node: NodeType): boolean;
  /** The cell of a row's code, where a finding about the row's code points. */
  codeCell(row: number): string;
  report(report: Report<MessageId>): void;
}

export type PlanRule<MessageId extends string = string> = Rule<RuleContext<MessageId>, MessageId>;

/**
 * Declares a rule with its message ids typed from `meta.messages`, as typescript-eslint's
 * createRule does: `report({ messageId: "otro" })` with no such message fails to compile.
 */
export function createRule<const MessageId extends string>(rule: {
  meta: PlanRule<MessageId>["meta"];
  check(context: RuleContext<NoInfer<MessageId>>): void;
}): PlanRule<MessageId> {
  return rule;
}

/** Whether a rule subscribes to a node type the matrix yields. */
export const subscribes = (rule: PlanRule, nodes: ReadonlySet<NodeType>): boolean =>
  rule.meta.on.some((n) => nodes.has(n));

/** The context a rule runs with on a measured matrix. */
export function ruleContext<MessageId extends string>(
  measured: MeasuredMatrix,
  report: (r: Report<MessageId>) => void,
  articulation?: Articulation
): RuleContext<MessageId> {
  const { sheet, matrix, items, reads, nodes, codeColumn, scale } = measured;
  return {
    sheet,
    matrix,
    items,
    reads,
    articulation,
    scale,
    has: (node) => nodes.has(node),
    codeCell: (row) => a1(row, codeColumn),
    report,
  };
}

/** The items of one type, typed. */
export function itemsOf<T extends Item["type"]>(
  items: readonly Item[],
  type: T
): Extract<Item, { type: T }>[] {
  return items.filter((i): i is Extract<Item, { type: T }> => i.type === type);
}

/** Message templates cut at their {keys}: texts at even places, keys at odd ones. */
const templates = new Map<string, string[]>();

/**
 * Fills a message template: "{who} no tiene {what}" with {who: "AEI.01.02", …}. The Spanish
 * contractions follow the filled words («de el indicador» → «del indicador», «a el» → «al») and
 * the sentence starts with a capital («el indicador …» → «El indicador …»).
 */
export function renderMessage(
  template: string,
  data: Record<string, string | number> = {}
): string {
  // The template is cut once into its texts and its {keys}; each finding only joins them.
  let parts = templates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    templates.set(template, parts);
  }
  let filled = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    filled += (key in data ? String(data[key]) : `{${key}}`) + (parts[i + 1] as string);
  }
  // Both contractions need « el»: most messages (thousands in a large POI) skip the two passes.
  if (filled.includes(" el"))
    filled = filled.replace(/\b([Dd])e el\b/g, "$1el").replace(/\b([Aa]) el\b/g, "$1l");
  const first = filled.charCodeAt(0);
  // A lowercase ASCII letter capitalises the same in Spanish; only others need the locale.
  if (first >= 97 && first <= 122) return String.fromCharCode(first - 32) + filled.slice(1);
  if (first < 128 || Number.isNaN(first)) return filled;
  return filled.charAt(0).toLocaleUpperCase("es") + filled.slice(1);
}
