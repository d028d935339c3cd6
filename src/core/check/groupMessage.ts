import { ruleMeta } from "../rules/registry";
import { renderMessage } from "../rules/context";
import { formatNumber } from "../text/formatNumber";
import { describeRanges, groupFindings, type FindingGroup } from "./findingGroups";
import type { Finding, Severity } from "./findings";

/**
 * A group of findings as a report shows it: one entry per rule and cause, with how many cells it
 * holds, each of them, their compacted ranges and one sentence for the whole group.
 */
export interface ReportGroup {
  rule: string;
  severity: Severity;
  cause: string;
  count: number;
  /** The group's sentence: the rule's group message, or the single finding's own message. */
  message: string;
  /** The cells as few A1 ranges. */
  ranges: string[];
  /** Every cell of the group, in report order. */
  cells: string[];
  /**
   * Each cell's own message, in the order of `cells`, when the rule has no group message: its
   * findings then say different things (another code, another name) that the group must keep.
   */
  messages?: string[];
}

/**
 * What a group says: a single finding says its own message; several say the rule's group message
 * («156 filas sin unidad de medida (H74:H229)»), or how many cases there are and the first one.
 */
export function groupMessage(group: FindingGroup): string {
  if (group.count === 1) return group.message;
  const count = formatNumber(group.count);
  const ranges = describeRanges(group.ranges);
  const template = ruleMeta(group.rule)?.groupMessages?.[group.cause];
  if (template !== undefined) return renderMessage(template, { count, ranges });
  return `${count} casos en ${ranges}. El primero: ${group.message}`;
}

/** Findings (in report order) as the report's groups. */
export function reportGroupsOf(findings: readonly Finding[]): ReportGroup[] {
  return groupFindings(findings).map((g) => {
    const group: ReportGroup = {
      rule: g.rule,
      severity: g.severity,
      cause: g.cause,
      count: g.count,
      message: groupMessage(g),
      ranges: g.ranges,
      cells: g.cells,
    };
    const templated = ruleMeta(g.rule)?.groupMessages?.[g.cause] !== undefined;
    if (g.count > 1 && !templated) group.messages = g.findings.map((f) => f.message);
    return group;
  });
}
