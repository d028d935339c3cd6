import type { Severity } from "../rules/rule";

export type { Severity };

/** One validation finding, tied to an A1 cell or range of its sheet. */
export interface Finding {
  rule: string;
  severity: Severity;
  cell: string;
  message: string;
  /** The rule's message id: findings of one rule and cause group together (findingGroups.ts). */
  cause?: string;
}

/** How many findings of each severity a matrix has, shown or not. */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Collects findings, keeping at most `maxPerRule` of each rule and counting the rest: `counts`
 * covers every finding, shown or left out, so totals never depend on the cap.
 */
export class FindingCollector {
  readonly findings: Finding[] = [];
  /** Every finding, shown or left out by the cap: groups count and locate them all. */
  readonly all: Finding[] = [];
  readonly omitted = new Map<string, number>();
  readonly counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  private readonly perRule = new Map<string, number>();
  private readonly seen = new Set<string>();

  constructor(private readonly maxPerRule: number) {}

  add(rule: string, severity: Severity, cell: string, message: string, cause?: string): void {
    // The same cell can be read by two checks (e.g. the period LE is also in the LE series).
    const key = `${rule}|${cell}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (severity === "error") this.counts.errors++;
    else if (severity === "warning") this.counts.warnings++;
    else this.counts.infos++;
    const finding: Finding =
      cause === undefined
        ? { rule, severity, cell, message }
        : { rule, severity, cell, message, cause };
    this.all.push(finding);
    const n = (this.perRule.get(rule) ?? 0) + 1;
    this.perRule.set(rule, n);
    if (n > this.maxPerRule) {
      this.omitted.set(rule, (this.omitted.get(rule) ?? 0) + 1);
      return;
    }
    this.findings.push(finding);
  }
}
