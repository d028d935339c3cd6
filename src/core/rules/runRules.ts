import type { Articulation } from "../articulation/articulation";
import type { FindingCollector } from "../check/findings";
import type { MeasuredMatrix } from "../measure/item";
import { renderMessage, ruleContext, subscribes } from "./context";
import { RULES } from "./registry";

/** Runs every rule subscribed to a node type the matrix yields; each report becomes a finding. */
export function runRules(
  measured: MeasuredMatrix,
  out: FindingCollector,
  articulation?: Articulation
): void {
  for (const rule of RULES) {
    if (!subscribes(rule, measured.nodes)) continue;
    const { meta } = rule;
    const context = ruleContext(
      measured,
      ({ cell, messageId, data }) => {
        const template = meta.messages[messageId];
        if (template === undefined) throw new Error(`${meta.id}: unknown messageId ${messageId}`);
        out.add(meta.id, meta.severity, cell, renderMessage(template, data), messageId);
      },
      articulation
    );
    rule.check(context);
  }
}
