import { parseNumberText } from "../numbers/parseNumber";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";

/**
 * One numeric cell as Semáforo read it: where, what it is (for messages), its text, the number it
 * holds and how it was written. Rules N1/N2 report on the status; every other rule uses `value`.
 *   blank   — empty: sin dato (value null)
 *   number  — a number cell
 *   text    — a number typed as text ("3,047.00"), read in either locale
 *   invalid — text that is not a number (value null)
 *   error   — an Excel error value such as #DIV/0! (value null)
 */
export interface CellRead {
  row: number;
  col: number;
  address: string;
  what: string;
  text: string;
  value: number | null;
  status: "blank" | "number" | "text" | "invalid" | "error";
}

/** Reads a numeric cell; an absent column reads as undefined (the matrix has no such column). */
export function readCell(
  sheet: SheetData,
  row: number,
  col: number | undefined,
  what: string
): CellRead | undefined {
  if (col === undefined) return undefined;
  const v = cellAt(sheet, row, col);
  let text = "";
  let value: number | null = null;
  let status: CellRead["status"] = "blank";
  if (typeof v === "number") {
    const ok = Number.isFinite(v);
    text = String(v);
    value = ok ? v : null;
    status = ok ? "number" : "invalid";
  } else if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    text = v.error;
    status = "error";
  } else if (v !== null) {
    text = cellText(v);
    if (text !== "") {
      const parsed = parseNumberText(text);
      if (parsed === "invalid" || parsed === null) status = "invalid";
      else {
        value = parsed;
        status = "text";
      }
    }
  }
  // One object per read, built in one place: a flat POI of 17,000 tasks makes 220,000 of them.
  return { row, col, address: a1(row, col), what, text, value, status };
}

/** The number a read holds (null when absent or blank). */
export const valueOf = (read: CellRead | undefined): number | null => read?.value ?? null;

/** A text cell of the row (unit, responsable, dates…): its column and trimmed text. */
export interface TextCell {
  row: number;
  col: number;
  address: string;
  text: string;
}

export function readText(
  sheet: SheetData,
  row: number,
  col: number | undefined
): TextCell | undefined {
  if (col === undefined) return undefined;
  return { row, col, address: a1(row, col), text: cellText(cellAt(sheet, row, col)) };
}
