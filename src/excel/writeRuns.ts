import { parseA1 } from "../core/sheet/address";
import type { PlannedCell } from "../core/plan/writePlan";
import { jsonBytes } from "./payload";

/** A column run of cells: one range, one 2-D formulas array, and its size in a request. */
export interface Run {
  sheet: string;
  address: string;
  formulas: (string | number)[][];
  percent: boolean;
  header: boolean;
  bytes: number;
}

/** A formulas-array entry: the formula, a number, or text escaped so it never becomes a formula. */
export function entry(c: PlannedCell): string | number {
  if (c.formula) return c.formula;
  if (typeof c.value === "number") return c.value;
  const text = c.value ?? "";
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/**
 * Groups one sheet's cells into vertical runs (same column, consecutive rows) to write each with
 * one range, and cuts a run when it would pass `budget` bytes, so even a single long column of
 * native formulas goes out in several requests.
 */
export function toRuns(sheet: string, cells: readonly PlannedCell[], budget: number): Run[] {
  const sorted = cells
    .map((c) => ({ c, p: parseA1(c.address) as { row: number; col: number } }))
    .sort((a, b) => a.p.col - b.p.col || a.p.row - b.p.row);
  const runs: Run[] = [];
  let current: {
    col: number;
    top: number;
    last: number;
    items: PlannedCell[];
    bytes: number;
  } | null = null;
  const flush = () => {
    if (!current) return;
    const colName = current.items[0]?.address.replace(/\d+$/, "") as string;
    const percent = current.items.every((c) => c.style === "percent");
    runs.push({
      sheet,
      address: `${colName}${current.top + 1}:${colName}${current.last + 1}`,
      formulas: current.items.map((c) => [entry(c)]),
      percent,
      header: current.items.every((c) => c.style === "header" || c.style === "title"),
      bytes: current.bytes,
    });
    current = null;
  };
  for (const { c, p } of sorted) {
    // The formula, plus the number format sent beside it.
    const size = jsonBytes(entry(c)) + 12;
    const continues = current && p.col === current.col && p.row === current.last + 1;
    if (current && continues && current.bytes + size <= budget) {
      current.items.push(c);
      current.last = p.row;
      current.bytes += size;
    } else {
      flush();
      current = { col: p.col, top: p.row, last: p.row, items: [c], bytes: size };
    }
  }
  flush();
  return runs;
}

/** Packs runs into requests of at most `budget` bytes, in order. */
export function toChunks<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (chunk.length > 0 && bytes + item.bytes > budget) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(item);
    bytes += item.bytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
