import type { PlanCode } from "../codes/codes";
import type { HeaderInfo } from "./headerScan";

/**
 * The id of the kind that recognised a matrix. kinds/kindIds.ts lists them (the literal type
 * is MatrixKind there); detection sits below the kinds, so here it is a string.
 */
export type KindId = string;

export type RowRole =
  | "oei"
  | "aei"
  | "indicador"
  | "ao"
  | "programado"
  | "ejecutado"
  | "section"
  | "repeated-header"
  | "total"
  | "blank"
  | "continuation";

export interface MatrixRow {
  row: number;
  role: RowRole;
  code?: PlanCode;
  /** Raw code or activity text as written (for messages). */
  label?: string;
  /** POI seguimiento: the AO a PROGRAMADO/EJECUTADO line belongs to. */
  aoKey?: string;
  /** Indicator rows: the AEI they belong to (from the code or the AEI row above). */
  parentAei?: string;
  /** Activity rows: the section they sit in (a ficha's «I. …» row, a task's AO); numbers are unique within it. */
  section?: string;
  /** A line the planner's column map marks as a subtotal of the lines below it (a meta above its clasificadores). */
  subtotal?: boolean;
}

export interface AlignmentRow {
  row: number;
  oei?: string;
  aei?: string;
  indicador?: string;
  unidad?: string;
  meta?: string;
}

/** The label block above an institution's ficha (EMSAPUNO's POI 2024) and its OEI/AEI alignment table. */
export interface FichaInfo {
  labels: Record<string, { value: string; row: number }>;
  alignment: AlignmentRow[];
}

export type Period = "semestral" | "anual" | "trimestral";

export interface DetectedMatrix {
  kind: KindId;
  sheet: string;
  header: HeaderInfo;
  /** A1 range of the (first) header. */
  headerA1: string;
  rows: MatrixRow[];
  /** 0-based last row of the body. */
  lastRow: number;
  confidence: number;
  period: Period;
  ficha?: FichaInfo;
  /** Title lines found above the header (report name, institution, period). */
  title: string[];
}

/** The name of a ficha (from its label block), for messages and codes. */
export const fichaNameOf = (m: DetectedMatrix): string | undefined => m.ficha?.labels.ficha?.value;
