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
  "Casos",
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
    o.count,
  ];
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: a report built from workbook text must not carry formulas into the reader's Excel.
 */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
