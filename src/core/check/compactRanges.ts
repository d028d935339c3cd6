import { parseA1, rangeA1 } from "../sheet/address";

/**
 * Writes a list of cells as few A1 ranges as a planner would: runs of rows in one column become
 * «H74:H229», and equal runs in neighbouring columns become a block «J2:JP269». Addresses that are
 * already ranges, or not addresses, are kept as written, after the blocks.
 */
export function compactRanges(cells: readonly string[]): string[] {
  const byCol = new Map<number, number[]>();
  const others: string[] = [];
  for (const cell of cells) {
    const at = parseA1(cell);
    if (!at) {
      if (!others.includes(cell)) others.push(cell);
      continue;
    }
    const rows = byCol.get(at.col) ?? [];
    rows.push(at.row);
    byCol.set(at.col, rows);
  }
  const blocks: Block[] = [];
  const open = new Map<string, Block>();
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    for (const [top, bottom] of rowRuns(byCol.get(col) as number[])) {
      const key = `${top}:${bottom}`;
      const block = open.get(key);
      if (block && block.right === col - 1) block.right = col;
      else {
        const fresh = { top, bottom, left: col, right: col };
        blocks.push(fresh);
        open.set(key, fresh);
      }
    }
  }
  blocks.sort((a, b) => a.top - b.top || a.left - b.left);
  return [...blocks.map((b) => rangeA1(b.top, b.left, b.bottom, b.right)), ...others];
}

interface Block {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Sorted, de-duplicated rows as [first, last] runs of consecutive rows. */
function rowRuns(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
