import { SEVERITY_WORD, type Observation } from "./observations";

/** Column headers of the observations report (CSV and xlsx), in the planners' words. */
export const REPORT_HEADERS = [
  "N.º",
  "Archivo",
  "Hoja",
  "Celda",
  "Gravedad",
  "Regla",
  "Qué revisa la regla",
  "Observación",
  "Cómo corregirlo",
  "Unidad orgánica",
] as const;

/** One row of the report, in REPORT_HEADERS order. */
export function reportRow(o: Observation, index: number): (string | number)[] {
  return [
    index + 1,
    o.file,
    o.sheet,
    o.cell,
    SEVERITY_WORD[o.severity],
    o.rule,
    o.ruleDescription,
    o.message,
    o.fix,
    o.unidad,
  ];
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: a report built from workbook text must not carry formulas into the reader's Excel.
 */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string | number): string {
  const text = typeof value === "number" ? String(value) : neutralize(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The observations as CSV: UTF-8 with a byte-order mark (so Excel shows the accents), comma
 * separated, CRLF line ends (RFC 4180), one row per finding after the header.
 */
export function toCsv(observations: readonly Observation[]): string {
  const lines = [REPORT_HEADERS.map(csvField).join(",")];
  observations.forEach((o, i) => lines.push(reportRow(o, i).map(csvField).join(",")));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
