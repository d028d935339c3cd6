type Cell = string | number | null;
export interface ExportFixture {
  grid: Cell[][];
  planted: { rule: string; cell: string }[];
  lines: number;
}
export declare function programacionFinanciera(aos?: number): ExportFixture;
export declare function programacionMultianual(aos?: number): ExportFixture;
export declare function exportWithTextNumbers(activities?: number): {
  grid: Cell[][];
  texts: number;
};
