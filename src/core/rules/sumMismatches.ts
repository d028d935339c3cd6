import type { DetectedMatrix } from "../detect/matrix";
import { valueOf, type CellRead } from "../measure/cellRead";
import type { FichaActivityItem, Item } from "../measure/item";
import { itemsOf, type PlanRule } from "./context";
import { formatNumber, shownDecimals } from "../text/formatNumber";
import { QUARTER_NAMES } from "../text/months";

/** A printed total that is not the sum it should be. */
export interface SumMismatch {
  total: "trimestre" | "anual" | "meta";
  cell: string;
  data: { describe: string; printed: string; expected: string; diff: string };
  /** Smaller than the last digit shown and under 0.1 % of the value: hidden decimals. */
  hidden: boolean;
}

/**
 * The last matrix's mismatches, judged once: four rules ask for them, one after the other, on
 * the same measured items (one list, not an entry per item: a sheet of fichas has thousands).
 */
let judgedItems: readonly Item[] | null = null;
let judgedAll: readonly SumMismatch[] = [];

/**
 * Every total of a matrix's cumulative ficha activities that does not add up, in item order:
 * each quarter against its months, the annual quantity against the twelve months, the meta
 * against the annual quantity. Shared by V4.trimestre, V4.anual, V4.meta (beyond the last shown
 * digit) and V4.decimales (within it), so that each difference is judged once.
 */
function sumMismatches(items: readonly Item[], m: DetectedMatrix): readonly SumMismatch[] {
  if (items === judgedItems) return judgedAll;
  const out: SumMismatch[] = [];
  const hasMonths = m.header.columns.months.some((c) => c !== undefined);
  for (const item of itemsOf(items, "actividad")) if (!item.isLevel) judge(item, hasMonths, out);
  judgedItems = items;
  judgedAll = out;
  return out;
}

function judge(item: FichaActivityItem, hasMonths: boolean, out: SumMismatch[]): void {
  const months = item.months.map(valueOf);
  // The cell's address and the sentence are spelled only for a total that does not add up.
  const compare = (
    total: SumMismatch["total"],
    printed: number,
    expected: number,
    read: CellRead,
    describe: () => string
  ) => {
    const diff = Math.abs(printed - expected);
    if (diff < 1e-6) return;
    const unit = 10 ** -shownDecimals(printed);
    const relative = diff / Math.max(Math.abs(printed), Math.abs(expected), 1e-9);
    out.push({
      total,
      cell: read.address,
      hidden: diff <= unit + 1e-9 && relative < 0.001,
      data: {
        describe: describe(),
        printed: formatNumber(printed),
        expected: expected === 0 ? "0" : `la suma esperada (${formatNumber(expected)})`,
        diff: formatNumber(diff),
      },
    });
  };
  if (hasMonths) {
    item.quarters.forEach((q, i) => {
      if (!q || q.value === null) return;
      // Added in month order, as the sum of the quarter's slice was.
      let sum = 0;
      for (let k = i * 3; k < i * 3 + 3 && k < months.length; k++) sum += months[k] ?? 0;
      const describe = () => `El subtotal del ${QUARTER_NAMES[i]} Trimestre de ${item.label}`;
      compare("trimestre", q.value, sum, q, describe);
    });
  }
  const annual = valueOf(item.annual);
  if (item.annual && annual !== null && hasMonths) {
    const sum = months.reduce<number>((a, b) => a + (b ?? 0), 0);
    compare("anual", annual, sum, item.annual, () => `La cantidad anual de ${item.label}`);
  }
  const meta = valueOf(item.meta);
  if (item.meta && meta !== null && annual !== null) {
    compare("meta", meta, annual, item.meta, () => `La meta de ${item.label}`);
  }
}

/** The message every V4 rule prints (the decimals rule adds its explanation). */
export const SUM_MESSAGE = "{describe} ({printed}) no es {expected}; diferencia {diff}.";

/**
 * The check every V4 rule runs: report the mismatches it owns (one kind of total beyond the last
 * shown digit, or any within it for V4.decimales). Each rule keeps its own meta and module.
 */
export function reportSums(owns: (m: SumMismatch) => boolean): PlanRule["check"] {
  return (ctx) => {
    for (const x of sumMismatches(ctx.items, ctx.matrix)) {
      if (owns(x)) ctx.report({ cell: x.cell, messageId: "suma", data: x.data });
    }
  };
}
