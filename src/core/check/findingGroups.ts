import type { Finding, Severity } from "./findings";
import { compactRanges } from "./compactRanges";

/**
 * Findings that repeat, as one entry: the same rule and the same cause (the rule's message id) in
 * one matrix. A planner reads «156 filas sin unidad de medida · H74:H229» once instead of 156 lines,
 * and can still reach every cell. Totals count cells, never groups.
 */
export interface FindingGroup {
  rule: string;
  severity: Severity;
  /** The rule's message id; findings reported without one group by rule alone. */
  cause: string;
  /** How many findings (cells) the group holds. */
  count: number;
  /** Every cell, in report order. */
  cells: string[];
  /** The cells written as few A1 ranges («H74:H229», «J2:JP269»). */
  ranges: string[];
  /** The first finding's message: what a single one says. */
  message: string;
  /** Every finding of the group, in report order. */
  findings: Finding[];
}

/**
 * Groups findings by rule and cause, keeping the order in which each group first appears (the
 * report's position order, so the first group is the first problem in the sheet).
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  // By rule, then cause: no key string spelled per finding (a large POI has thousands).
  const groups = new Map<string, Map<string, FindingGroup>>();
  const out: FindingGroup[] = [];
  for (const finding of findings) {
    const cause = finding.cause ?? "";
    let byCause = groups.get(finding.rule);
    if (byCause === undefined) {
      byCause = new Map();
      groups.set(finding.rule, byCause);
    }
    const group = byCause.get(cause);
    if (group) {
      group.count++;
      group.cells.push(finding.cell);
      group.findings.push(finding);
      continue;
    }
    const created: FindingGroup = {
      rule: finding.rule,
      severity: finding.severity,
      cause,
      count: 1,
      cells: [finding.cell],
      ranges: [],
      message: finding.message,
      findings: [finding],
    };
    byCause.set(cause, created);
    out.push(created);
  }
  for (const group of out) group.ranges = compactRanges(group.cells);
  return out;
}

/** «H74:H229, H231 y 3 rangos más»: at most `max` ranges, then how many are left. */
export function describeRanges(ranges: readonly string[], max = 3): string {
  if (ranges.length <= max) return ranges.join(", ");
  const rest = ranges.length - max;
  return `${ranges.slice(0, max).join(", ")} y ${rest} ${rest === 1 ? "rango más" : "rangos más"}`;
}
