import type { MatrixReport } from "../../core/check/checkSheets";
import { groupFindings, type FindingGroup } from "../../core/check/findingGroups";
import type { Severity } from "../../core/check/findings";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** One row of the worklist: the findings of one rule and cause in one matrix. */
export interface WorkGroup extends FindingGroup {
  /** Unique within the pane: matrix id, rule and cause. */
  key: string;
  sheet: string;
}

export interface WorklistFilter {
  severities: ReadonlySet<Severity>;
  /** One sheet, or null for every sheet. */
  sheet: string | null;
}

type Reports = readonly { id: string; sheet: string; report: MatrixReport }[];

const COUNT_OF: Record<Severity, "errors" | "warnings" | "infos"> = {
  error: "errors",
  warning: "warnings",
  info: "infos",
};

/**
 * Every finding by severity, listed or left out by the per-rule cap: the same figures as
 * `semaforo check --json` gives in its totals. `sheet` narrows them to one sheet.
 */
export function trueTotals(
  reports: Reports,
  sheet: string | null = null
): Record<Severity, number> {
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    if (sheet !== null && r.sheet !== sheet) continue;
    for (const s of SEVERITIES) totals[s] += r.report.counts[COUNT_OF[s]];
  }
  return totals;
}

/** How many findings of each severity the reports list (the rest were cut by the cap). */
export function listedTotals(reports: Reports, sheet: string | null = null) {
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    if (sheet !== null && r.sheet !== sheet) continue;
    for (const f of r.report.findings) totals[f.severity]++;
  }
  return totals;
}

/** The worklist: errors first, then advertencias, then avisos; in sheet order within each. */
export function worklist(reports: Reports, filter: WorklistFilter): WorkGroup[] {
  const groups = reports
    .filter((r) => filter.sheet === null || r.sheet === filter.sheet)
    .flatMap(({ id, sheet, report }) =>
      groupFindings(report.findings).map((g) => ({
        ...g,
        key: `${id}\u0000${g.rule}\u0000${g.cause}`,
        sheet,
      }))
    )
    .filter((g) => filter.severities.has(g.severity));
  return SEVERITIES.flatMap((s) => groups.filter((g) => g.severity === s));
}

/** Every cell the worklist reaches, in its order: «Ir a la primera» and «Siguiente» walk it. */
export function worklistCells(groups: readonly WorkGroup[]): { sheet: string; cell: string }[] {
  return groups.flatMap((g) => g.cells.map((cell) => ({ sheet: g.sheet, cell })));
}
