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
/** Seed 001's plan, six activities with an added «Logrado 2025» of ILLUSTRATIVE values. */
export declare function hdrSeguimientoLayout(): SeedLayout;
export declare const ILLUSTRATIVE_LOGRADOS_2025: ReadonlyMap<string, number | null>;
export declare function planMetaCell(grid: Cell[][], code: string, year: number): string | null;
