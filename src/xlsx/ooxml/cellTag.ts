import { decodeEntities } from "./xmlScanner";

/** What a worksheet's `<c>` tag says about its cell. */
export interface CellTag {
  /** Row × 16384 + column, 0-based; −1 when the tag has no usable reference ("r"). */
  at: number;
  /** The style index ("s"; 0 when absent, NaN when it is not a number). */
  style: number;
  /** The value type ("t"; "n" when absent). */
  type: string;
}

const R = 1;
const S = 2;
const T = 4;

/**
 * Reads the r, s and t attributes of a cell tag's raw attribute text into `out`, in one pass and
 * without a string per value for the reference and the style (this runs once per cell of every
 * sheet). It reads, decodes and refuses exactly what `attrValue` does for each of the three: the
 * first occurrence wins, and the text is checked up to the last of them found.
 */
export function readCellTag(attrs: string, out: CellTag): void {
  out.at = -1;
  out.style = 0;
  out.type = "n";
  const n = attrs.length;
  let found = 0;
  let i = 0;
  while (i < n && found !== (R | S | T)) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const eq = attrs.indexOf("=", i);
    if (eq < 0) return;
    let nameEnd = eq;
    while (nameEnd > i && isSpace(attrs.charCodeAt(nameEnd - 1))) nameEnd--;
    let j = eq + 1;
    while (j < n && isSpace(attrs.charCodeAt(j))) j++;
    const quote = attrs.charCodeAt(j);
    if (quote !== 34 && quote !== 39) throw new Error("el XML tiene un atributo sin comillas.");
    const close = attrs.indexOf(quote === 34 ? '"' : "'", j + 1);
    if (close < 0) throw new Error("el XML tiene un atributo sin cerrar.");
    if (nameEnd - i === 1) {
      const name = attrs.charCodeAt(i);
      const start = j + 1;
      if (name === 114 /* r */ && (found & R) === 0) {
        found |= R;
        out.at = hasEntity(attrs, start, close)
          ? cellRef(decodeEntities(attrs.slice(start, close)), 0, -1)
          : cellRef(attrs, start, close);
      } else if (name === 115 /* s */ && (found & S) === 0) {
        found |= S;
        out.style = styleIndex(attrs, start, close);
      } else if (name === 116 /* t */ && (found & T) === 0) {
        found |= T;
        const raw = attrs.slice(start, close);
        out.type = raw.includes("&") ? decodeEntities(raw) : raw;
      }
    }
    i = close + 1;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function hasEntity(s: string, from: number, to: number): boolean {
  const amp = s.indexOf("&", from);
  return amp >= 0 && amp < to;
}

/** Number(value) of the style attribute, without its string when it is plain digits. */
function styleIndex(s: string, from: number, to: number): number {
  if (to - from > 0 && to - from <= 9) {
    let v = 0;
    let i = from;
    for (; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (i === to) return v;
  }
  const raw = s.slice(from, to);
  return Number(raw.includes("&") ? decodeEntities(raw) : raw);
}

/**
 * "B7" (the text s[from, to), to −1 for the end) → row 6 × 16384 + column 1, or −1 when it is not
 * a cell reference; a hand-rolled parser, since this runs once per cell of every sheet.
 */
export function cellRef(s: string, from = 0, to = -1): number {
  const end = to < 0 ? s.length : to;
  let col = 0;
  let i = from;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === from || i - from > 3 || col > 16384) return -1;
  let row = 0;
  const digits = i;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  if (i === digits || row < 1 || row > 1048576) return -1;
  return (row - 1) * 16384 + (col - 1);
}
