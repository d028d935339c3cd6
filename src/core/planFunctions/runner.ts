import { isPlanError, PlanCallError, type PlanError } from "../errors";
import { readBoolean } from "../numbers/parseBoolean";
import { readNumber } from "../numbers/parseNumber";
import { isSingle, zipShape, type Cell, type Grid } from "../grid/grid";
import { readAcumulacion, type Acumulacion } from "../calc/acumular";
import { readSentido, type Sentido } from "../calc/sentido";
import { readScale } from "../scales/readScale";
import type { Scale } from "../scales/scale";
import { foldText } from "../text/normalize";
import type { FunctionParam, FunctionSpec } from "./types";

/**
 * The shared runner of the PLAN functions: how an argument cell becomes a value (a number, a
 * sentido, a tope…) with the parameter's default for a blank cell, and how a function computes
 * cell by cell with the first error of the cell, in parameter order, as its result.
 */

/** Reads one argument cell into its value, or the cell's error. */
export type CellReader<T> = (cell: unknown) => T | PlanError;

/** An option cell is blank when empty or only spaces: it then takes the parameter's default. */
const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === "string" && foldText(cell) === "");

/**
 * Memoises a reader of option cells (sentido, tope…), which repeat down a column. Readers are
 * pure, so one cache serves every call; it keeps the first 64 distinct cells.
 */
function memo<T>(read: CellReader<T>): CellReader<T> {
  const cache = new Map<unknown, T | PlanError>();
  return (value) => {
    let hit = cache.get(value);
    if (hit === undefined && !cache.has(value)) {
      hit = read(value);
      if (cache.size < 64) cache.set(value, hit);
    }
    return hit as T | PlanError;
  };
}

/** The parameter of a spec by name; a wrong name is a programming error. */
export function paramOf(spec: FunctionSpec, name: string): FunctionParam {
  const found = spec.params.find((p) => p.name === name);
  if (!found) throw new Error(`${spec.name} has no parameter ${name}`);
  return found;
}

/** A number cell: blank is null (sin dato), text is parsed; errors name the parameter. */
export const numberReader =
  (p: FunctionParam): CellReader<number | null> =>
  (cell) =>
    readNumber(cell, p.name);

/** A VERDADERO/FALSO cell; blank gives the parameter's default. */
export const booleanReader = (p: FunctionParam): CellReader<boolean> =>
  memo((cell) => readBoolean(cell, p.default === true, p.name));

/** A sentido cell; blank gives the parameter's default (Ascendente when it declares none). */
export const sentidoReader = (p: FunctionParam): CellReader<Sentido> =>
  memo((cell) => readSentido(isBlank(cell) ? (p.default ?? null) : cell));

/** A tipo de acumulación cell; blank gives the parameter's default. */
export const acumulacionReader = (p: FunctionParam): CellReader<Acumulacion> =>
  memo((cell) => readAcumulacion(isBlank(cell) ? (p.default ?? null) : cell));

/**
 * The escala argument, read once per call (a name or a range of levels). One cell of only spaces
 * is blank, as for every other option and as the workbook function reads it (it gives the default).
 */
export function scaleOf(p: FunctionParam, arg: Grid | null): Scale | PlanError {
  const single = arg?.length === 1 && arg[0]?.length === 1;
  return readScale(single && isBlank(arg[0]?.[0]) ? null : arg, String(p.default ?? ""));
}

/** The sentido a parameter's default stands for (the twins' and LAMBDAs' blank case). */
export function defaultSentido(p: FunctionParam): Sentido {
  const s = readSentido(p.default ?? null);
  if (isPlanError(s)) throw new Error(`bad default sentido ${String(p.default)}`);
  return s;
}

/** The tipo de acumulación a parameter's default stands for. */
export function defaultAcumulacion(p: FunctionParam): Acumulacion {
  const a = readAcumulacion(p.default ?? null);
  if (isPlanError(a)) throw new Error(`bad default acumulacion ${String(p.default)}`);
  return a;
}

/** The first error among already read values, in order. */
export function firstError(values: readonly unknown[]): PlanError | undefined {
  for (const v of values) if (isPlanError(v)) return v;
  return undefined;
}

/** Numbers of one series; the first unreadable cell is returned as the error. */
export function numbersOf(values: readonly unknown[], what: string): (number | null)[] | PlanError {
  const out: (number | null)[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const n = readNumber(values[i], what);
    if (isPlanError(n)) return n;
    out[i] = n;
  }
  return out;
}

/** Values read from reader types: `[CellReader<A>, CellReader<B>]` → `[A, B]`. */
type ReadValues<R extends readonly CellReader<unknown>[]> = {
  -readonly [K in keyof R]: R[K] extends CellReader<infer T> ? T : never;
};

/**
 * A runner that computes cell by cell: each argument is one cell (repeated) or a block of the
 * result's shape; every cell is read by its parameter's reader and the first error, in parameter
 * order, is the cell's result. The readers are made once, with the function, and an argument of
 * one cell (or omitted) is read once per call, not once per cell: readers are pure, so the value
 * is the same. A call then allocates little beyond its result, which matters both for one ranged
 * call over 100,000 rows and for a column of thousands of one-cell calls (scripts/bench.js).
 * `compute` reads the values by index: destructuring them cost about 10 % on 100,000 cells.
 */
export function cellwise<R extends readonly CellReader<unknown>[]>(
  spec: FunctionSpec,
  read: R,
  compute: (values: ReadValues<R>) => Cell
) {
  const names = spec.params.map((p) => p.name);
  const n = read.length;
  return (...args: (Grid | null)[]): Cell[][] => {
    const [rows, cols] = zipShape(args, names);
    // Packed (not holey) so V8 keeps element access fast in the per-cell loop.
    const values: unknown[] = read.map(() => null);
    const fixed: unknown[] = read.map(() => null);
    const blocks: boolean[] = read.map(() => false);
    for (let i = 0; i < n; i++) {
      const g = args[i] ?? null;
      if (g && !isSingle(g)) blocks[i] = true;
      else fixed[i] = (read[i] as CellReader<unknown>)(g ? g[0]?.[0] : null);
    }
    const cell = (r: number, c: number): Cell => {
      for (let i = 0; i < n; i++) {
        const v = blocks[i]
          ? (read[i] as CellReader<unknown>)((args[i] as Grid)[r]?.[c])
          : fixed[i];
        if (isPlanError(v)) return v;
        values[i] = v;
      }
      return compute(values as ReadValues<R>);
    };
    const out: Cell[][] = new Array(rows);
    if (cols === 1) {
      // The common spill shape (a column): packed one-element rows are cheaper to allocate.
      for (let r = 0; r < rows; r++) out[r] = [cell(r, 0)];
      return out;
    }
    for (let r = 0; r < rows; r++) {
      const outRow: Cell[] = new Array(cols);
      for (let c = 0; c < cols; c++) outRow[c] = cell(r, c);
      out[r] = outRow;
    }
    return out;
  };
}

/** A malformed call (a missing or misshapen argument): #VALUE! for the whole call. */
export const callError = (message: string) => new PlanCallError("VALOR", message);
