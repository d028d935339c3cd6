import { a1, parseRangeA1 } from "../sheet/address";
import { parseOwnedRef } from "./ownedRef";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { readSettings } from "./settings";

const key = (sheet: string, address: string) => `${sheet}!${address}`;

/** The cells an earlier run wrote, from the settings sheet's list of ranges. */
export class OwnedCells {
  private readonly cells = new Set<string>();

  constructor(sheets: readonly SheetData[]) {
    for (const ref of readSettings(sheets)?.celdas ?? []) {
      const owned = parseOwnedRef(ref);
      const block = owned ? parseRangeA1(owned.range) : null;
      if (!owned || !block) continue;
      const { sheet } = owned;
      for (let r = block.top; r <= block.bottom; r++) {
        for (let c = block.left; c <= block.right; c++) this.cells.add(key(sheet, a1(r, c)));
      }
    }
  }

  has(sheet: string, address: string): boolean {
    return this.cells.has(key(sheet, address));
  }

  /**
   * May Semáforo write here? Yes when the cell is empty, holds a PLAN formula, or lies in a range
   * an earlier run wrote and still holds a formula — or the header text Semáforo wrote. A value
   * the planner typed over Semáforo's column is theirs: it is reported, not overwritten.
   */
  isOurs(sheet: SheetData, row: number, col: number, ourText?: string): boolean {
    const address = a1(row, col);
    const formula = sheet.formulas?.get(address);
    if (formula && /PLAN\.|_xldudf_PLAN_/i.test(formula)) return true;
    const owned = this.has(sheet.name, address);
    const text = cellText(cellAt(sheet, row, col));
    if (text === "") return !formula || owned;
    if (owned && formula) return true;
    return owned && ourText !== undefined && text === ourText;
  }
}
