import type { DetectedMatrix } from "../detect/matrix";
import { valueOf } from "../measure/cellRead";
import type { FichaActivityItem } from "../measure/item";
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
 * Every total of a cumulative ficha activity that does not add up: each quarter against its
 * months, the annual quantity against the twelve months, the meta against the annual quantity.
 * Shared by V4.trimestre, V4.anual, V4.meta (beyond the last shown digit) and V4.decimales
 * (within it), so that each difference is judged once.
 */
export function sumMismatches(item: FichaActivityItem, m: DetectedMatrix): SumMismatch[] {
  if (item.isLevel) return [];
  const out: SumMismatch[] = [];
  const months = item.months.map(valueOf);
  const hasMonths = m.header.columns.months.some((c) => c !== undefined);
  const compare = (
    total: SumMismatch["total"],
    printed: number,
    expected: number,
    cell: string,
    describe: string
  ) => {
    const diff = Math.abs(printed - expected);
    if (diff < 1e-6) return;
    const unit = 10 ** -shownDecimals(printed);
    const relative = diff / Math.max(Math.abs(printed), Math.abs(expected), 1e-9);
    out.push({
      total,
      cell,
      hidden: diff <= unit + 1e-9 && relative < 0.001,
      data: {
        describe,
        printed: formatNumber(printed),
        expected: expected === 0 ? "0" : `la suma esperada (${formatNumber(expected)})`,
        diff: formatNumber(diff),
      },
    });
  };
  if (hasMonths) {
    item.quarters.forEach((q, i) => {
      if (!q || q.value === null) return;
      const sum = months.slice(i * 3, i * 3 + 3).reduce<number>((a, b) => a + (b ?? 0), 0);
      const describe = `El subtotal del ${QUARTER_NAMES[i]} Trimestre de ${item.label}`;
      compare("trimestre", q.value, sum, q.address, describe);
    });
  }
  const annual = valueOf(item.annual);
  if (item.annual && annual !== null && hasMonths) {
    const sum = months.reduce<number>((a, b) => a + (b ?? 0), 0);
    compare("anual", annual, sum, item.annual.address, `La cantidad anual de ${item.label}`);
  }
  const meta = valueOf(item.meta);
  if (item.meta && meta !== null && annual !== null) {
    compare("meta", meta, annual, item.meta.address, `La meta de ${item.label}`);
  }
  return out;
}

/** The message every V4 rule prints (the decimals rule adds its explanation). */
export const SUM_MESSAGE = "{describe} ({printed}) no es {expected}; diferencia {diff}.";

/**
 * The check every V4 rule runs: report the mismatches it owns (one kind of total beyond the last
 * shown digit, or any within it for V4.decimales). Each rule keeps its own meta and module.
 */
export function reportSums(owns: (m: SumMismatch) => boolean): PlanRule["check"] {
  return (ctx) => {
    for (const item of itemsOf(ctx.items, "actividad")) {
      for (const x of sumMismatches(item, ctx.matrix)) {
        if (owns(x)) ctx.report({ cell: x.cell, messageId: "suma", data: x.data });
      }
    }
  };
}
