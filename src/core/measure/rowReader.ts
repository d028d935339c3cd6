import type { SheetData } from "../sheet/sheetData";
import { readCell, readText, type CellRead, type TextCell } from "./cellRead";

/**
 * One item row of a one-row-per-item table (a budget line, a programme's indicator): its name
 * cell, who messages call it («…» with the name) and a reader of its numeric cells that names
 * each for messages («PIM de «…»») and keeps every read for the number rules.
 */
export function rowReader(sheet: SheetData, row: number, nameCol: number, reads: CellRead[]) {
  const name = readText(sheet, row, nameCol) as TextCell;
  const who = `«${name.text.slice(0, 60)}»`;
  const read = (col: number | undefined, what: string): CellRead | undefined => {
    const x = readCell(sheet, row, col, `${what} de ${who}`);
    if (x) reads.push(x);
    return x;
  };
  return { name, who, read };
}

/**
 * A reader of any cell of the sheet that keeps each read cell once, as first described: in a PEI
 * the period's logro esperado is also one of the logro series, and the number rules must see it
 * once.
 */
export function onceReader(sheet: SheetData, reads: CellRead[]) {
  const seen = new Set<string>();
  return (row: number, col: number | undefined, what: string): CellRead | undefined => {
    const r = readCell(sheet, row, col, what);
    if (r && !seen.has(r.address)) {
      seen.add(r.address);
      reads.push(r);
    }
    return r;
  };
}
