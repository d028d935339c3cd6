import { PlanCallError, type PlanError } from "../errors";

/** A rectangular block of cell values as Excel passes it: rows of columns. */
export type Grid = readonly (readonly unknown[])[];
/** One result cell: a number, text ("" is sin dato), a boolean or a domain error. */
export type Cell = number | string | boolean | PlanError;

export function shapeOf(grid: Grid): [number, number] {
  return [grid.length, grid[0]?.length ?? 0];
}

/** True when an argument is one cell, repeated for every cell of the result. */
export const isSingle = (grid: Grid): boolean => grid.length === 1 && grid[0]?.length === 1;

/**
 * The result shape of a cell-by-cell call: the shape of the first block argument (1×1 when every
 * argument is one cell or omitted). Any block of another shape, or ragged, is a call error naming
 * the argument.
 */
export function zipShape(
  args: readonly (Grid | null)[],
  names: readonly string[]
): [number, number] {
  let rows = 1;
  let cols = 1;
  const first = args.find((g) => g && !isSingle(g));
  if (first) [rows, cols] = shapeOf(first);
  args.forEach((g, i) => {
    if (!g || isSingle(g)) return;
    const [r, c] = shapeOf(g);
    let ragged = false;
    for (let k = 0; k < r && !ragged; k++) ragged = (g[k] as readonly unknown[]).length !== c;
    if (r !== rows || c !== cols || ragged) {
      throw new PlanCallError(
        "VALOR",
        `El argumento ${names[i]} tiene ${r}×${c} celdas; se esperaba una celda o ${rows}×${cols}.`
      );
    }
  });
  return [rows, cols];
}

/**
 * Applies `fn` cell by cell over several arguments. Each argument is null (omitted), a single
 * cell (repeated for every cell) or a block of the result's shape; anything else is a call error
 * naming the argument. The result has the shape of the first block argument.
 */
export function zipCells(
  args: readonly (Grid | null)[],
  names: readonly string[],
  fn: (cells: unknown[]) => Cell
): Cell[][] {
  const [rows, cols] = zipShape(args, names);
  // Resolve each argument once: 0 omitted, 1 one cell repeated, 2 a block read cell by cell.
  const kinds = args.map((g) => (!g ? 0 : isSingle(g) ? 1 : 2));
  const singles = args.map((g) => (g && isSingle(g) ? g[0]?.[0] : null));
  const n = args.length;
  const cells: unknown[] = new Array(n);
  const read = (r: number, c: number) => {
    for (let i = 0; i < n; i++) {
      const kind = kinds[i];
      cells[i] = kind === 2 ? (args[i] as Grid)[r]?.[c] : kind === 1 ? singles[i] : null;
    }
    return fn(cells);
  };
  const out: Cell[][] = new Array(rows);
  if (cols === 1) {
    // The common spill shape (a column): packed one-element rows are cheaper to allocate.
    for (let r = 0; r < rows; r++) out[r] = [read(r, 0)];
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const outRow: Cell[] = new Array(cols);
    for (let c = 0; c < cols; c++) outRow[c] = read(r, c);
    out[r] = outRow;
  }
  return out;
}

/**
 * Splits a block into series: one per row, except that a single column of several cells is one
 * vertical series (months typed down a column).
 */
export function seriesOf(grid: Grid): unknown[][] {
  const [rows, cols] = shapeOf(grid);
  if (cols === 1 && rows > 1) return [grid.map((row) => row[0])];
  return grid.map((row) => [...row]);
}

/** Returns the per-series value of an optional argument: one cell for all, or one per series. */
export function perSeries(arg: Grid | null, count: number, name: string): unknown[] {
  if (!arg) return new Array<unknown>(count).fill(null);
  if (isSingle(arg)) return new Array<unknown>(count).fill(arg[0]?.[0]);
  const flat = arg.flat();
  if (flat.length !== count) {
    throw new PlanCallError(
      "VALOR",
      `El argumento ${name} debe ser una celda o una celda por fila (${count}).`
    );
  }
  return flat;
}
