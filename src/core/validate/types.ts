import type { Scale } from "../scales/scale";

/** One computed avance or execution, with its semáforo level, for the report and the write plan. */
export interface MatrixResult {
  code: string;
  /** Where the value is shown: the avance cell when the matrix has one, else the code cell. */
  cell: string;
  value: number | null;
  level: string;
  /** 0-based row of the item, for the write plan. */
  row: number;
  role: "indicador" | "aei" | "ao";
}

export interface ValidationOptions {
  scale: Scale;
  /** Whether avances are capped at 100 when recomputed (CEPLAN's Tipo I is). */
  tope: boolean;
}
