/**
 * Builders for native Excel formula fragments (English names, commas: the syntax `range.formulas`
 * expects). A reference flagged `text` holds a number typed as text; it is wrapped in a formula
 * that applies the same locale rule as core/numbers/parseNumber.ts, so both agree to the cent.
 */
export interface NumRef {
  ref: string;
  /** The cell holds text (e.g. "3,047.00"); parse it natively instead of using it directly. */
  text?: boolean;
}

export type RefLike = string | NumRef;

export const toNumRef = (r: RefLike): NumRef => (typeof r === "string" ? { ref: r } : r);

/** `ref=""` for number cells; text cells are blank when only spaces remain. */
export function blankTest(r: RefLike): string {
  const { ref, text } = toNumRef(r);
  return text ? `TRIM(${ref})=""` : `${ref}=""`;
}

/** The numeric value of a reference. */
export function numExpr(r: RefLike): string {
  const { ref, text } = toNumRef(r);
  return text ? anyNumberExpr(ref) : ref;
}

/**
 * The number in `expr` whatever it holds: numbers as they are, text through the native parser.
 * `elementwise` keeps it correct when `expr` is a range (see parseTextExpr).
 */
export function anyNumberExpr(expr: string, elementwise = false): string {
  return `IF(ISNUMBER(${expr}),${expr},${parseTextExpr(expr, elementwise)})`;
}

/**
 * Native twin of parseNumberText, kept short because a formula may hold several of them (Excel's
 * limit is 8,192 characters). A = NUMBERVALUE(s, ".", ",") reads "." as the decimal point and
 * D = NUMBERVALUE(s, ",", ".") reads ",". For well-formed numbers:
 *   - mixed or repeated separators: exactly one of A and D succeeds, and it is the right one;
 *   - one lone separator: both succeed. |A| < |D| means it was a dot (decimal point, take A);
 *     otherwise it was a comma, which is a thousands separator (take A) only when A / 1000 = D and
 *     the integer part is not 0 ("110,814"), else a decimal comma (take D: "5,5", "0,500").
 * "S/", "S/.", "%" and no-break spaces are removed first; NUMBERVALUE ignores ordinary spaces.
 * OR and AND fold a whole array into one value, so the `elementwise` form (for ranges, read
 * cell by cell in array evaluation) writes the same test with + and *.
 */
export function parseTextExpr(ref: string, elementwise = false): string {
  const s = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(${ref}),"S/.",""),"S/",""),"%",""),UNICHAR(160),"")`;
  const A = `NUMBERVALUE(${s},".",",")`;
  const D = `NUMBERVALUE(${s},",",".")`;
  // A/1000 and D are both the correctly rounded double of the same decimal, so "=" is exact.
  const dotFirst = `ABS(${A})<ABS(${D})`;
  const thousands = [`${A}/1000=${D}`, `ABS(${D})>=1`];
  const test = elementwise
    ? `(${dotFirst})+(${thousands[0]})*(${thousands[1]})`
    : `OR(${dotFirst},AND(${thousands.join(",")}))`;
  const pick = `IF(${test},${A},${D})`;
  return `IFERROR(${pick},IFERROR(${A},${D}))`;
}
