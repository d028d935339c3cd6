import { PlanError, valueError } from "../errors";
import { quote } from "../text/normalize";

/**
 * Parses numbers typed as text in either locale planners use:
 *   "3,047.00" and "1,295.60" (comma thousands, dot decimal, the Aplicativo CEPLAN's form),
 *   "1.295,60", "59,48%", "S/ 3 047,00" (dot or space thousands, comma decimal),
 *   "72.000.000" (dot thousands), "110,814" (comma thousands), "88.7 %", "S/ 1 200".
 *
 * Decision rule (also built as a native formula in native/numberExpr.ts, keep them equal):
 *   - both "." and "," present: the separator that appears first is the thousands separator;
 *   - only ",": several commas are thousands; one comma followed by exactly three digits is a
 *     thousands separator unless the integer part is 0 ("0,500" is 0.5); otherwise a decimal comma;
 *   - only ".": several dots are thousands; one dot is a decimal point (Peru writes 88.70).
 * A trailing "%" is dropped without dividing: avances are written in percent points (88.7 % = 88.7).
 */
export type ParsedNumber = number | null | PlanError;

const FOOTNOTES = /[\u00b9\u00b2\u00b3\u2070-\u2079*]+$/u;
const SPACES = /[\s\u00a0\u202f\u2007]/gu;

export function parseNumberText(raw: string): number | null | "invalid" {
  return plainNumber(raw) ?? parseAnyNumberText(raw);
}

/** The general reader behind parseNumberText; exported so tests can compare the two paths. */
export function parseAnyNumberText(raw: string): number | null | "invalid" {
  let text = raw.replace(SPACES, "");
  if (text.startsWith("'")) text = text.slice(1);
  if (text === "") return null;
  text = text.replace(FOOTNOTES, "");
  text = text.replace(/^S\/\.?/iu, "");
  if (text.endsWith("%")) text = text.slice(0, -1);
  const match = /^([+-]?)([\d.,]+)$/u.exec(text);
  if (!match) return "invalid";
  const sign = match[1] === "-" ? -1 : 1;
  const body = match[2] as string;
  if (!/\d/u.test(body)) return "invalid";
  const [decimalSep, groupSep] = separators(body);
  const parts = body.split(decimalSep);
  if (parts.length > 2) return "invalid";
  const integerPart = parts[0] as string;
  const groups = groupSep ? integerPart.split(groupSep) : [integerPart];
  if (groups.length > 1 && !validGrouping(groups)) return "invalid";
  const digits = groups.join("") + (parts.length === 2 ? `.${parts[1]}` : "");
  if (!/^\d*(\.\d*)?$/u.test(digits) || digits === ".") return "invalid";
  const value = Number(digits);
  return Number.isFinite(value) ? sign * value : "invalid";
}

/**
 * The common case without regular expressions or new strings: digits with at most one "." or ","
 * between digits ("523,45", "1234.5", "1,295"), read by the rule above (one comma before exactly
 * three digits is a thousands separator unless the integer part is 0; it then needs 1–3 digits
 * before it). Undefined for anything else, which the general path reads.
 */
function plainNumber(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 15) return undefined;
  let sep = -1;
  let nonZeroBefore = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (sep < 0 && c !== 48) nonZeroBefore = true;
    } else if ((c === 44 || c === 46) && sep < 0 && i > 0 && i < n - 1) sep = i;
    else return undefined;
  }
  if (sep < 0 || text.charCodeAt(sep) === 46) return Number(text);
  if (n - sep - 1 === 3 && nonZeroBefore) {
    // Comma thousands: valid only with 1–3 digits before it ("1,295"; "1234,567" is not a number).
    return sep <= 3 ? Number(text.slice(0, sep) + text.slice(sep + 1)) : undefined;
  }
  return Number(`${text.slice(0, sep)}.${text.slice(sep + 1)}`);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Returns [decimal separator, thousands separator or ""]. */
function separators(body: string): [string, string] {
  const comma = body.indexOf(",");
  const dot = body.indexOf(".");
  if (comma >= 0 && dot >= 0) return comma < dot ? [".", ","] : [",", "."];
  if (comma >= 0) {
    const commas = count(body, ",");
    if (commas > 1) return [".", ","];
    const integerIsZero = /^0*$/u.test(body.slice(0, comma)) && comma > 0;
    const threeAfter = body.length - comma - 1 === 3;
    return threeAfter && !integerIsZero ? [".", ","] : [",", ""];
  }
  if (dot >= 0 && count(body, ".") > 1) return [",", "."];
  return [".", ""];
}

function validGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || first.length > 3) return false;
  return rest.every((g) => g.length === 3);
}

/**
 * Reads one cell as a number. Blank (null, undefined, "" or spaces) is *sin dato* and gives null;
 * text that is not a number gives a #VALUE! error whose Spanish message names the value.
 */
export function readNumber(value: unknown, what: string): ParsedNumber {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : valueError(`${what}: ${quote(value)} no es un número.`);
  }
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed === "invalid") {
      return valueError(`${what}: el valor ${quote(value)} no es un número.`);
    }
    return parsed;
  }
  if (value instanceof PlanError) return value;
  return valueError(`${what}: el valor ${quote(value)} no es un número.`);
}
