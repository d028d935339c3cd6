type Cell = string | number | null;
export interface BudgetFixture {
  grid: Cell[][];
  planted: { rule: string; cell: string }[];
  /** Budget lines in the table. */
  lines: number;
}
export declare function ineiBudget(): BudgetFixture;
export declare function mefOpenData(): BudgetFixture & { pivotTop: number; pivotLines: number };
export declare function consultaAmigablePaste(): BudgetFixture & {
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** The block's last data row, 1-based. */
  lastRow: number;
};
