import type { Articulation } from "../articulation/articulation";
import type { MeasuredMatrix } from "../measure/item";
import { renderMessage, ruleContext, subscribes } from "./context";
import { RULES } from "./registry";
import type { NodeType } from "../measure/nodes";
import type { PlanRule } from "./context";
import type { Severity } from "./rule";

/** Where findings go (check/findings.ts FindingCollector). */
export interface FindingSink {
  add(rule: string, severity: Severity, cell: string, message: string, cause?: string): void;
}

/** Runs every rule subscribed to a node type the matrix yields; each report becomes a finding. */
export function runRules(
  measured: MeasuredMatrix,
  out: FindingSink,
  articulation?: Articulation
): void {
  for (const rule of rulesFor(measured.nodes)) {
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

/** The rules subscribed to a set of node types, in RULES' order; one list per kind's set. */
const subscribed = new WeakMap<ReadonlySet<NodeType>, readonly PlanRule[]>();

function rulesFor(nodes: ReadonlySet<NodeType>): readonly PlanRule[] {
  let rules = subscribed.get(nodes);
  if (rules === undefined) {
    rules = RULES.filter((rule) => subscribes(rule, nodes));
    subscribed.set(nodes, rules);
  }
  return rules;
}
