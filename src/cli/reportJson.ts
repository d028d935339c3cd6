import type { Finding } from "../core/check/findings";
import type { CheckReport, FileReport } from "../core/report/checkReport";

/**
 * Version of the `check --json` document. 1: the first versioned form, where each finding also
 * names its file and sheet (so a finding can be read on its own). Raise it on any change that is
 * not a new optional field.
 */
export const CHECK_JSON_SCHEMA_VERSION = 1;

/** A finding as the JSON prints it: with its file and sheet. */
export type JsonFinding = Finding & { file: string; sheet: string };

/** One file of the JSON document: every finding carries its file and sheet. */
export function toJsonFile(file: FileReport) {
  return {
    ...file,
    sheets: file.sheets.map((s) => ({
      ...s,
      matrices: s.matrices.map((m) => ({
        ...m,
        findings: m.findings.map((x): JsonFinding => ({ file: file.file, sheet: s.name, ...x })),
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
