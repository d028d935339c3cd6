import { classify, type Scale } from "../scales/scale";
import { a1, rangeA1 } from "../sheet/address";
import { nativePromedioAvance } from "../planFunctions/promedioAvance";
import type { PlacedResult } from "./placedResult";
import { countLevelFormula } from "./semaforoRules";
import { SUMMARY_SHEET, type PlannedCell } from "./writePlan";

/** Excel refuses formulas longer than 8,192 characters; keep a margin. */
export const MAX_FORMULA = 8000;
/** Excel's functions take at most 255 arguments. */
const MAX_ARGS = 250;
/** Helper cells start in this column (U), clear of the summary table. */
const HELPER_COL = 20;

/**
 * Summary formulas over any number of result cells. When one formula would pass Excel's limits
 * (8,192 characters, 255 arguments), the cells are split into chunks, each chunk's part goes to a
 * helper cell to the right of the table, and the visible cell adds the helpers up.
 */
export class BoundedFormulas {
  private readonly nextCol = new Map<number, number>();
  private labelled = false;

  constructor(
    private readonly cells: PlannedCell[],
    private readonly ref: (cell: string) => string
  ) {}

  /** How many of `items` fall in `label`'s band, at (row, col). */
  count(row: number, col: number, items: readonly PlacedResult[], label: string, scale: Scale) {
    const counted = (list: readonly PlacedResult[]) =>
      list.filter((x) => classify(x.value, scale) === label).length;
    const whole = countLevelFormula(
      items.map((x) => this.ref(x.cell)),
      label,
      scale
    );
    if (whole.length <= MAX_FORMULA) return this.put(row, col, whole, counted(items));
    const chunks = this.split(
      items,
      (x) => countLevelFormula([this.ref(x.cell)], label, scale).length,
      0
    );
    const helpers = chunks.map((list) =>
      this.helper(
        row,
        countLevelFormula(
          list.map((x) => this.ref(x.cell)),
          label,
          scale
        ),
        counted(list)
      )
    );
    this.put(row, col, `=SUM(${rangeOf(row, helpers)})`, counted(items));
  }

  /** The average of the numeric results, rounded to 2 decimals ("" when there are none). */
  average(row: number, col: number, items: readonly PlacedResult[], cached: number | string) {
    const refs = (list: readonly PlacedResult[]) => list.map((x) => this.ref(x.cell)).join(",");
    const whole = nativePromedioAvance(refs(items));
    if (whole.length <= MAX_FORMULA && items.length <= MAX_ARGS)
      return this.put(row, col, whole, cached);
    const chunks = this.split(items, (x) => this.ref(x.cell).length + 1, "=COUNT()".length);
    const numbers = (list: readonly PlacedResult[]) =>
      list.map((x) => x.value).filter((v): v is number => v !== null);
    const sums = chunks.map((list) =>
      this.helper(
        row,
        `=SUM(${refs(list)})`,
        numbers(list).reduce((a, b) => a + b, 0)
      )
    );
    const counts = chunks.map((list) =>
      this.helper(row, `=COUNT(${refs(list)})`, numbers(list).length)
    );
    const n = `SUM(${rangeOf(row, counts)})`;
    this.put(row, col, `=IF(${n}=0,"",ROUND(SUM(${rangeOf(row, sums)})/${n},2))`, cached);
  }

  /**
   * Consecutive chunks whose formula fits: `term` is one item's share of the formula (its term
   * and separator), `overhead` the rest. Linear in the number of items.
   */
  private split(
    items: readonly PlacedResult[],
    term: (item: PlacedResult) => number,
    overhead: number
  ): PlacedResult[][] {
    const chunks: PlacedResult[][] = [];
    let current: PlacedResult[] = [];
    let length = overhead;
    for (const item of items) {
      const cost = term(item);
      if (current.length > 0 && (length + cost > MAX_FORMULA || current.length >= MAX_ARGS)) {
        chunks.push(current);
        current = [];
        length = overhead;
      }
      current.push(item);
      length += cost;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }

  private helper(row: number, formula: string, value: number): number {
    if (!this.labelled) {
      this.labelled = true;
      this.cells.push({
        sheet: SUMMARY_SHEET,
        address: a1(1, HELPER_COL),
        value: "Cálculo auxiliar para matrices grandes (no editar)",
        text: true,
      });
    }
    const col = this.nextCol.get(row) ?? HELPER_COL;
    this.nextCol.set(row, col + 1);
    this.put(row, col, formula, value);
    return col;
  }

  private put(row: number, col: number, formula: string, value: number | string) {
    this.cells.push({ sheet: SUMMARY_SHEET, address: a1(row, col), formula, value });
  }
}

const rangeOf = (row: number, cols: number[]) =>
  rangeA1(row, cols[0] as number, row, cols[cols.length - 1] as number);
