type Cell = string | number | null;
export interface Planted {
  cell: string;
  rule: string;
  what: string;
}
export interface SeedLayout {
  grid: Cell[][];
  merges: string[];
  /** 0-based row of the header's first row. */
  header: number;
  /** How many rows the header takes (the HdR-AS cronograma splits 2025 in two more). */
  headerRows: number;
  planted: Planted[];
}
export declare function procoesLayout(options?: { blankLogrado?: number }): SeedLayout;
export declare function tabla1Layout(): SeedLayout;
export declare function hdrPlanLayout(options?: { planted?: boolean }): SeedLayout;
export declare function planMetaCell(grid: Cell[][], code: string, year: number): string | null;
