import type { ReportGroup } from "../core/check/groupMessage";
import type { CheckReport, FileReport } from "../core/report/checkReport";

/**
 * Version of the `check --json` document. 1: the first versioned form, where each finding also
 * names its file and sheet (so a finding can be read on its own). 2: a matrix lists `groups`
 * as groups, one per rule and cause (rule, severity, cause, count, message, ranges and every
 * cell), instead of one entry per finding with `findings` and `omitted`; the totals still count
 * cells. Raise it on any change that is not a new optional field.
 */
export const CHECK_JSON_SCHEMA_VERSION = 2;

/** A group as the JSON prints it: with its file and sheet, so it can be read on its own. */
export type JsonGroup = ReportGroup & { file: string; sheet: string };

/** One file of the JSON document: every group carries its file and sheet. */
export function toJsonFile(file: FileReport) {
  return {
    ...file,
    sheets: file.sheets.map((s) => ({
      ...s,
      matrices: s.matrices.map(({ findings: _f, omitted: _o, groups, ...m }) => ({
        ...m,
        groups: groups.map((g): JsonGroup => ({ file: file.file, sheet: s.name, ...g })),
      })),
    })),
  };
}

/** The `check --json` document: schemaVersion first, then files and totals. */
export function toJsonReport(report: CheckReport) {
  return {
    schemaVersion: CHECK_JSON_SCHEMA_VERSION,
    files: report.files.map(toJsonFile),
    totals: report.totals,
  };
}
