/**
 * Text from a workbook printed to a terminal without its control characters: an escape sequence
 * in a cell could otherwise clear the screen or fake a result. Line breaks between report lines
 * stay; tabs become spaces; anything else in C0/C1 (ESC, BEL, DEL, CSI…) becomes "�".
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/\t/g, " ").replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "\uFFFD");
}

/**
 * A report with every text in it made terminal-safe: the workbook's strings are cleaned before
 * the report is formatted, so the report's own colours survive.
 */
export function terminalSafeReport<T>(report: T): T {
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
    typeof value === "string" ? terminalSafe(value) : value
  ) as T;
}
