import { a1, parseA1 } from "../../src/core/sheet/address";

/** What a fake cell holds: a value, or a formula as a string starting with "=". */
export type FakeValue = string | number | boolean;

/** A 0-based block of cells. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet's cells, read and written by A1 address like a Map (tests inspect them so), but kept
 * as rows of columns: the pane reads a 1,701 × 47 sheet block by block, and a fake that spelled
 * and hashed 80,000 addresses per read would time itself instead of the pane.
 */
export class FakeCells implements Iterable<[string, FakeValue]> {
  private rows: (FakeValue | undefined)[][] = [];
  private count = 0;

  get size() {
    return this.count;
  }

  /** The cell at a 0-based position (undefined when blank). */
  at(row: number, col: number): FakeValue | undefined {
    return this.rows[row]?.[col];
  }

  /** Puts (or, with undefined or "", clears) the cell at a 0-based position. */
  put(row: number, col: number, value: FakeValue | undefined | null) {
    const line = (this.rows[row] ??= []);
    const had = line[col] !== undefined;
    const blank = value === undefined || value === null || value === "";
    if (blank) {
      if (had) this.count--;
      delete line[col];
      return;
    }
    if (!had) this.count++;
    line[col] = value;
  }

  get(address: string): FakeValue | undefined {
    const p = parseA1(address);
    return p ? this.at(p.row, p.col) : undefined;
  }

  has(address: string) {
    return this.get(address) !== undefined;
  }

  set(address: string, value: FakeValue) {
    const p = parseA1(address);
    if (!p) throw new Error(`FakeExcel: dirección inválida ${address}`);
    this.put(p.row, p.col, value);
    return this;
  }

  delete(address: string) {
    const had = this.has(address);
    const p = parseA1(address);
    if (p) this.put(p.row, p.col, undefined);
    return had;
  }

  /** Clears every cell of a block. */
  clear(b: Block) {
    for (let r = b.top; r <= Math.min(b.bottom, this.rows.length - 1); r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = b.left; c <= Math.min(b.right, line.length - 1); c++) this.put(r, c, undefined);
    }
  }

  /** The smallest block holding every non-blank cell, or null for an empty sheet. */
  bounds(): Block | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.rows.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v === undefined) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    return top < 0 ? null : { top, left, bottom, right };
  }

  *entries(): IterableIterator<[string, FakeValue]> {
    for (const [r, line] of this.rows.entries()) {
      if (!line) continue;
      for (const [c, v] of line.entries()) if (v !== undefined) yield [a1(r, c), v];
    }
  }

  *keys() {
    for (const [k] of this.entries()) yield k;
  }

  *values() {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}
