/** A result Semáforo placed in a matrix: its item's code, the cell and the cached value. */
export interface PlacedResult {
  code: string;
  cell: string;
  value: number | null;
}
