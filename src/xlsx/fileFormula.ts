/**
 * Converts a formula in the `range.formulas` syntax ("=NUMBERVALUE(A1,\".\",\",\")") into the form
 * stored in an .xlsx file: no leading "=", and functions newer than Excel 2010 prefixed with
 * "_xlfn." as OOXML requires. Without the prefix Excel and LibreOffice show #NAME? in the file.
 */
const FUTURE_FUNCTIONS = [
  "NUMBERVALUE",
  "UNICHAR",
  "UNICODE",
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  // Workbook functions (named LAMBDAs, Excel 365 / 2024).
  "LAMBDA",
  "LET",
  "ISOMITTED",
];
const FUTURE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");

/** Whether a formula may need a prefix at all (most portable ones do not): a quick first test. */
const MAY_NEED = new RegExp(`(?:${FUTURE_FUNCTIONS.join("|")})\\(|PLAN\\.`);

export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!MAY_NEED.test(body)) return body;
  // Split on string literals ("..." with "" escapes) so text inside quotes is never rewritten.
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(FUTURE, "_xlfn.$1(").replace(ADDIN, "_xldudf_PLAN_$1(")
    )
    .join("");
}

/**
 * Add-in custom functions are stored in files as _xldudf_NAMESPACE_NAME (seen in workbooks that
 * other add-ins wrote); Excel maps them back to =PLAN.NAME when the add-in is loaded.
 */
const ADDIN = /(?<![A-Za-z0-9_.])PLAN\.([A-Z0-9_]+)\(/g;
