import { parseNumberText } from "../numbers/parseNumber";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import type { FindingCollector } from "./findings";

/**
 * Formats a number the way planners print it: 4,199,904.03 (dot decimals, comma thousands), at
 * most four decimals. Plain arithmetic: toLocaleString builds an ICU formatter on every call.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? "-" : "";
  const [int, dec] = Math.abs(n).toFixed(4).replace(/0+$/, "").replace(/\.$/, "").split(".") as [
    string,
    string?,
  ];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const decimals = dec === undefined ? "" : `.${dec.length === 1 ? `${dec}0` : dec}`;
  return `${sign}${grouped}${decimals}`;
}

/**
 * Reads a numeric cell. Blank → null. Text that is a number is accepted (and reported once as
 * N2.texto, info). Text that is not a number is N1.no-numero (error) and reads as null.
 */
export function readNumericCell(
  sheet: SheetData,
  row: number,
  col: number | undefined,
  out: FindingCollector,
  what: string
): number | null {
  if (col === undefined) return null;
  const v = cellAt(sheet, row, col);
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "object" && !(v instanceof Date)) {
    out.error("N1.no-numero", a1(row, col), `${what}: la celda tiene el error ${v.error}.`);
    return null;
  }
  const text = cellText(v);
  if (text === "") return null;
  const parsed = parseNumberText(text);
  if (parsed === "invalid" || parsed === null) {
    out.error("N1.no-numero", a1(row, col), `${what}: «${text}» no es un número.`);
    return null;
  }
  out.info(
    "N2.texto",
    a1(row, col),
    `${what}: el número «${text}» está escrito como texto; se leyó como ${formatNumber(parsed)}.`
  );
  return parsed;
}

/** Decimal places a printed number shows (at most 4). */
export function shownDecimals(n: number): number {
  for (let d = 0; d <= 4; d++) if (Math.abs(n * 10 ** d - Math.round(n * 10 ** d)) < 1e-6) return d;
  return 4;
}
