/** Names already spelled, by column: every cell address spells one. */
const COLUMN_NAMES: string[] = [];

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  const known = COLUMN_NAMES[col];
  if (known !== undefined) return known;
  const name = spellColumn(col);
  if (Number.isInteger(col) && col >= 0 && col < 16384) COLUMN_NAMES[col] = name;
  return name;
}

function spellColumn(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A1 address of a 0-based cell. */
export const a1 = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

/** A1 range of a 0-based block; a single cell gives its address. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "B7" into 0-based {row, col}; null when it is not a cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const fast = plainA1(address);
  if (fast !== undefined) return fast;
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of (match[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/**
 * parseA1 of a plain "B7" or "$B$7" (reports sort and group thousands of cells by address):
 * undefined when the text has anything else, such as spaces, for the general parse to judge.
 */
function plainA1(address: string): { row: number; col: number } | null | undefined {
  const n = address.length;
  let i = address.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let col = 0;
  const letters = i;
  for (; i < n; i++) {
    const c = address.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === letters || i - letters > 3) return undefined;
  if (address.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (; i < n; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  if (i === digits || i - digits > 7) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** Parses "A1:P20" (or a single cell) into a 0-based block. */
export function parseRangeA1(range: string) {
  const [first, second] = range.split(":");
  const start = parseA1(first ?? "");
  const end = second ? parseA1(second) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** A sheet name as formulas write it: bare when it can be, else quoted with '' for each '. */
export const quoteSheet = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
