import { neutralize, REPORT_HEADERS, reportRow } from "../core/report/reportRows";
import type { Observation } from "../core/report/observations";

export { neutralize, REPORT_HEADERS, reportRow };

function csvField(value: string | number): string {
  const text = typeof value === "number" ? String(value) : neutralize(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The observations as CSV: UTF-8 with a byte-order mark (so Excel shows the accents), comma
 * separated, CRLF line ends (RFC 4180), one row per group of findings after the header.
 */
export function toCsv(observations: readonly Observation[]): string {
  const lines = [REPORT_HEADERS.map(csvField).join(",")];
  observations.forEach((o, i) => lines.push(reportRow(o, i).map(csvField).join(",")));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
