import type { Articulation } from "../articulation/articulation";
import type { FindingCollector } from "../check/findings";
import type { MeasuredMatrix } from "../measure/item";
import { renderMessage } from "./context";
import { RULES } from "./registry";

/** Runs every rule that applies to the matrix's kind; each report becomes a finding. */
export function runRules(
  measured: MeasuredMatrix,
  out: FindingCollector,
  articulation?: Articulation
): void {
  const { sheet, matrix, items, reads, scale } = measured;
  for (const rule of RULES) {
    if (!rule.meta.kinds.includes(matrix.kind)) continue;
    const { meta } = rule;
    rule.check({
      sheet,
      matrix,
      items,
      reads,
      articulation,
      scale,
      report({ cell, messageId, data }) {
        const template = meta.messages[messageId];
        if (template === undefined) throw new Error(`${meta.id}: unknown messageId ${messageId}`);
        out.add(meta.id, meta.severity, cell, renderMessage(template, data), messageId);
      },
    });
  }
}
