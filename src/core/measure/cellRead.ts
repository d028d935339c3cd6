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

/**
 * A read as measuring keeps it: the address is spelled, and a number's text written, only when
 * someone asks (a message, a formula); most reads of a large POI are never asked. One class for
 * every read keeps the rules' property accesses monomorphic.
 */
class Read implements CellRead {
  private spelled: string | undefined;
  constructor(
    readonly row: number,
    readonly col: number,
    /** What the cell is, in two parts joined when asked («enero de » + «…»). */
    private readonly whatHead: string,
    private readonly whatTail: string,
    /** The text as read, or null for a number cell (its text is the number's). */
    private readonly typed: string | null,
    private readonly number: number,
    readonly value: number | null,
    readonly status: CellRead["status"]
  ) {}

  get address(): string {
    return (this.spelled ??= a1(this.row, this.col));
  }

  get text(): string {
    return this.typed ?? String(this.number);
  }

  get what(): string {
    return this.whatTail === "" ? this.whatHead : this.whatHead + this.whatTail;
  }
}

/**
 * Reads a numeric cell; an absent column reads as undefined (the matrix has no such column). What
 * the cell is may come in two parts (`what` + `whatTail`), joined only when a message asks.
 */
export function readCell(
  sheet: SheetData,
  row: number,
  col: number | undefined,
  what: string,
  whatTail = ""
): CellRead | undefined {
  if (col === undefined) return undefined;
  const v = cellAt(sheet, row, col);
  if (typeof v === "number") {
    const ok = Number.isFinite(v);
    return new Read(row, col, what, whatTail, null, v, ok ? v : null, ok ? "number" : "invalid");
  }
  let text = "";
  let value: number | null = null;
  let status: CellRead["status"] = "blank";
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
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
  return new Read(row, col, what, whatTail, text, 0, value, status);
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

/** A text cell as measuring keeps it: its address is spelled only when someone asks. */
class TextRead implements TextCell {
  private spelled: string | undefined;
  constructor(
    readonly row: number,
    readonly col: number,
    readonly text: string
  ) {}

  get address(): string {
    return (this.spelled ??= a1(this.row, this.col));
  }
}

export function readText(
  sheet: SheetData,
  row: number,
  col: number | undefined
): TextCell | undefined {
  if (col === undefined) return undefined;
  return new TextRead(row, col, cellText(cellAt(sheet, row, col)));
}
