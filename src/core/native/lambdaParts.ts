import { ACUMULACION_ALIASES, type Acumulacion } from "../calc/acumular";
import { SENTIDO_ALIASES, type Sentido } from "../calc/sentido";
import { FALSE_WORDS, TRUE_WORDS } from "../numbers/parseBoolean";
import { PRESET_SCALES } from "../scales/presets";
import { esc, scaleLevelExpr } from "./formulaParts";
import { anyNumberExpr } from "./numberExpr";

/**
 * Native readers for what a workbook function only learns when the sheet calculates: option
 * texts (sentido, acumulación, escala, tope) typed by the planner, and ranges whose cells may hold
 * numbers as text. The portable twins know these when the formula is built; a LAMBDA does not.
 * Each option reader gives a positive code, or 0 when the text is not recognised (→ #VALUE!).
 */

/** Spanish accents folded away, as core/text/normalize.ts foldText does for option texts. */
const ACCENTS: readonly [string, string][] = [
  ["á", "a"],
  ["é", "e"],
  ["í", "i"],
  ["ó", "o"],
  ["ú", "u"],
  ["ü", "u"],
];
const NO_BREAK_SPACES = [160, 8199, 8239];

/** foldText natively: lower case, accents and no-break spaces removed, spaces trimmed. */
export function foldExpr(x: string): string {
  let e = `LOWER(${x})`;
  for (const [from, to] of ACCENTS) e = `SUBSTITUTE(${e},"${from}","${to}")`;
  for (const code of NO_BREAK_SPACES) e = `SUBSTITUTE(${e},UNICHAR(${code})," ")`;
  return `TRIM(${e})`;
}

/** `x` is blank: an empty cell, "" or only spaces (the core's readNumber null). */
export const blankExpr = (x: string) => `TRIM(${x})=""`;

/** The number in `x`, 0 when blank; an error for text that is not a number. */
export const valueOrZero = (x: string, elementwise = false) =>
  `IF(${blankExpr(x)},0,${anyNumberExpr(x, elementwise)})`;

/**
 * The workbook's helper name that reads a number written as text («1.00», «3,047.00», «S/ 5,5»;
 * blank gives 0), cell by cell over a range. Every body calls it instead of repeating the parser,
 * which keeps each definition short (Excel refuses one of 8,192 characters) and readable in
 * the Name Manager.
 */
export const NUMBER_HELPER = "LEER_NUMERO";
/** The helper's one parameter. */
export const NUMBER_HELPER_PARAM = "texto";
/** valueOrZero through the helper name: what the workbook functions' bodies use. */
export const numberOf = (x: string) => `${NUMBER_HELPER}(${x})`;

const textArray = (items: readonly string[]) => `{${items.map((t) => `"${esc(t)}"`).join(",")}}`;
const numberArray = (items: readonly number[]) => `{${items.join(",")}}`;

/** The code of the folded text `x` in a table of aliases; 0 when absent. */
function aliasCode(x: string, aliases: readonly string[], codes: readonly number[]): string {
  return `SUMPRODUCT((${textArray(aliases)}=${foldExpr(x)})*${numberArray(codes)})`;
}

export const SENTIDO_CODES: readonly Sentido[] = [
  "ascendente",
  "descendente",
  "maximo_permisible",
  "minimo_permisible",
];

function codeTable<T>(aliases: Record<string, T>, order: readonly T[]) {
  const entries = Object.entries(aliases);
  return {
    aliases: entries.map(([alias]) => alias),
    codes: entries.map(([, value]) => order.indexOf(value) + 1),
  };
}

/** Sentido code 1..4 in SENTIDO_CODES order; blank gives `fallback`'s code. */
export function sentidoCode(x: string, fallback: Sentido): string {
  const { aliases, codes } = codeTable(SENTIDO_ALIASES, SENTIDO_CODES);
  return `IF(${blankExpr(x)},${SENTIDO_CODES.indexOf(fallback) + 1},${aliasCode(x, aliases, codes)})`;
}

export const ACUMULACION_CODES: readonly Acumulacion[] = ["suma", "ultimo", "maximo", "promedio"];

/** Acumulación code 1..4 in ACUMULACION_CODES order; blank gives `fallback`'s code. */
export function acumulacionCode(x: string, fallback: Acumulacion): string {
  const { aliases, codes } = codeTable(ACUMULACION_ALIASES, ACUMULACION_CODES);
  const whenBlank = ACUMULACION_CODES.indexOf(fallback) + 1;
  return `IF(${blankExpr(x)},${whenBlank},${aliasCode(x, aliases, codes)})`;
}

/** Tope code: 1 = VERDADERO, 2 = FALSO; blank gives the default. */
export function topeCode(x: string, fallback: boolean): string {
  const words = [...TRUE_WORDS, ...FALSE_WORDS];
  const codes = words.map((w) => (TRUE_WORDS.has(w) ? 1 : 2));
  const whenBlank = fallback ? 1 : 2;
  return `IF(ISLOGICAL(${x}),IF(${x},1,2),IF(${blankExpr(x)},${whenBlank},${aliasCode(x, words, codes)}))`;
}

/** Preset scales in the order escalaCode numbers them. */
export const SCALE_CODES: readonly string[] = Object.keys(PRESET_SCALES);

/**
 * Code of a preset scale name (1-based in SCALE_CODES); blank gives `fallback`. The name is
 * folded as readScale does (upper case, runs of spaces and hyphens as "_"). A range (the
 * institution's own scale) gives 0: workbook functions take preset names only.
 */
export function escalaCode(x: string, fallback: string): string {
  const key = `UPPER(SUBSTITUTE(TRIM(SUBSTITUTE(${foldExpr(x)},"-"," "))," ","_"))`;
  const codes = SCALE_CODES.map((_, i) => i + 1);
  const named = `SUMPRODUCT((${textArray(SCALE_CODES)}=${key})*${numberArray(codes)})`;
  const single = `IF(${blankExpr(x)},${SCALE_CODES.indexOf(fallback) + 1},${named})`;
  return `IF(${cellCount(x)}>1,0,${single})`;
}

/**
 * The period value of a series (acumular): values `x` (0 where blank), `on` a 0/1 mask of the
 * months that count, `code` the acumulación code. No counted month gives 0, as ejecucion treats
 * an empty period. LOOKUP(2,1/on,x) is the last counted value (1/0 errors are skipped).
 */
export function acumularExpr(x: string, on: string, code: string): string {
  const n = `SUMPRODUCT(${on})`;
  const sum = `SUMPRODUCT(${on}*${x})`;
  const last = `LOOKUP(2,1/${on},${x})`;
  const max = `MAX(IF(${on}=1,${x},-9.9E+307))`;
  return `IF(${n}=0,0,CHOOSE(${code},${sum},${last},${max},${sum}/${n}))`;
}

/** `IF(test1,value1,IF(test2,value2,…,body))`: the core's firstError, in order. */
export function firstErrorGuard(checks: readonly [test: string, value: string][], body: string) {
  return checks.reduceRight((inner, [test, value]) => `IF(${test},${value},${inner})`, body);
}

/** LET over ordered bindings. */
export function letExpr(bindings: readonly [name: string, value: string][], body: string): string {
  return `LET(${bindings.map(([n, v]) => `${n},${v}`).join(",")},${body})`;
}

/** A LET binding; "array" marks a value with one entry per cell of a range argument. */
export type Local = [name: string, value: string] | [name: string, value: string, shape: "array"];
/** Builds a workbook function's LET bindings and calculation. */
export type Builder = () => { locals: Local[]; body: string };

/**
 * An optional parameter, "" when omitted. Used where it is read rather than bound with LET, so a
 * reference to an empty cell stays blank (a value taken from it would read as 0).
 */
export const optional = (param: string) => `IF(ISOMITTED(${param}),"",${param})`;
export const VALUE_ERROR = "#VALUE!";
/** Cells in `x`; ROWS of a literal may be an error, and a literal counts as one cell. */
const cellCount = (x: string) => `IFERROR(ROWS(${x})*COLUMNS(${x}),1)`;

/**
 * A firstErrorGuard check: #VALUE! when a cell argument is given a range. Workbook functions
 * compute one cell (or one row); a block of several rows is the add-in's, not theirs.
 */
export const oneCell = (x: string): [string, string] => [`${cellCount(x)}>1`, VALUE_ERROR];
/** The same for a series argument: one row. */
export const oneRow = (x: string): [string, string] => [`IFERROR(ROWS(${x}),1)>1`, VALUE_ERROR];

/** A firstErrorGuard check: the error a number expression holds. */
export const errorOf = (n: string): [string, string] => [`ISERROR(${n})`, n];
/** A firstErrorGuard check: an option text that was not recognised. */
export const unknownCode = (code: string): [string, string] => [`${code}=0`, VALUE_ERROR];
export const quoted = (label: string) => `"${label.replace(/"/g, '""')}"`;

/** The level expression of each preset scale, in SCALE_CODES order, for CHOOSE. */
export function levelsByScale(n: string): string {
  return SCALE_CODES.map((id) => scaleLevelExpr(n, PRESET_SCALES[id]!)).join(",");
}
