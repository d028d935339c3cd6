import type { Concept } from "./vocabulary";

/** A column of values for one period ("2025", "2025 - Sem1"). */
export interface PeriodColumn {
  label: string;
  col: number;
  year?: number;
  semester?: number;
}

/** Where each meaning lives in a detected matrix (0-based columns). */
export interface ColumnMap {
  /** First column of each single-valued concept. */
  single: Partial<Record<Concept, number>>;
  /** Logro esperado per year (year null when the header names none). */
  logros: { year: number | null; col: number }[];
  valores: PeriodColumn[];
  avances: PeriodColumn[];
  lineaBase: { anio?: number; valor?: number };
  /** Column of each month 1..12 (index 0 = enero), by position when written as letters. */
  months: (number | undefined)[];
  /** Column of each quarter subtotal 1..4. */
  quarters: (number | undefined)[];
  /** The Aplicativo export's monthly families: F(RE) 01..12, F(SE) 01..12, Motivo(SE) 01..12. */
  families: Record<string, (number | undefined)[]>;
  /** The «Total» column of each family that has one (F(RE) Total, Fn(RE) Total). */
  familyTotals?: Record<string, number>;
  /** An implementation plan's cronograma: one column per period marked with X (2025 Sem I …). */
  cronograma?: PeriodColumn[];
}

export function emptyColumnMap(): ColumnMap {
  return {
    single: {},
    logros: [],
    valores: [],
    avances: [],
    lineaBase: {},
    months: new Array(12).fill(undefined),
    quarters: new Array(4).fill(undefined),
    families: {},
  };
}

export const monthCount = (map: ColumnMap): number =>
  map.months.filter((c) => c !== undefined).length;
