type Cell = string | number | null;
export interface Planted {
  cell: string;
  rule: string;
  what: string;
}
export interface Fixture {
  grid: Cell[][];
  planted: Planted[];
}
export declare const FLAT_POI_HEADER: (string | number)[];
export declare function flatPoiTareas(rows?: number, seed?: number): Fixture;
export declare function peiOeiIndicators(seed?: number): Fixture;
export declare function peiAeiIndicators(seed?: number): Fixture;
export declare function toEsPeCsv(grid: Cell[][]): string;
export declare function fichaSecciones(planted?: boolean): Fixture;
export declare function poiSeguimientoSemestre(seed?: number): Fixture;
