import type { Acumulacion } from "../calc/acumular";
import type { PlanFunctionName } from "../planFunctions/registry";
import type { Sentido } from "../calc/sentido";
import type { PlanCode } from "../codes/codes";
import type { DetectedMatrix } from "../detect/matrix";
import type { Scale } from "../scales/scale";
import type { SheetData } from "../sheet/sheetData";
import type { CellRead, TextCell } from "./cellRead";
import type { ItemType, NodeType } from "./nodes";

/**
 * How an item's result is computed: a PLAN function and its arguments. The value the report
 * shows, the cached value the write plan stores and the formula it writes all come from this one
 * description, so they cannot disagree.
 */
export interface Calc {
  fn: PlanFunctionName;
  args: CalcArg[];
}

export type CalcArg =
  /** One cell, or a row of consecutive cells (a month range). */
  | { kind: "cells"; cells: CellRead[] }
  /** A text, number or boolean typed into the formula ("maximo", FALSE). */
  | { kind: "literal"; value: string | number | boolean }
  /** The results of other items (an AEI's mean of its indicators). */
  | { kind: "results"; items: Item[] }
  /** A cell whose text is passed as it is (the sentido column). */
  | { kind: "text"; cell: TextCell }
  | { kind: "omitted" };

interface BaseItem {
  /** The item's identity in reports: its code, or «ficha#número», or the AO key. */
  code: string;
  /** 0-based row where the item's result belongs. */
  row: number;
  role: "indicador" | "aei" | "ao";
  /** Where the report shows the result: the printed avance cell, else the code cell. */
  cell: string;
  calc?: Calc;
  value: number | null;
  level: string;
  /** False for an indicator written on its AEI's row: it feeds the AEI but has no result row. */
  reported: boolean;
  /**
   * A line the planner's column map marks as a subtotal: its result is written, but it is left
   * out of counts and summaries (its lines below are counted already).
   */
  subtotal?: boolean;
}

/** A PEI indicator: its logro esperado, valor obtenido, línea base and the LE series. */
export interface PeiIndicatorItem extends BaseItem {
  type: "indicador";
  planCode?: PlanCode;
  parentAei?: string;
  /** Who the messages name: the code, or «el indicador "…"». */
  who: string;
  name: string;
  logro?: CellRead;
  valor?: CellRead;
  lineaBase?: CellRead;
  series: { year: number | null; read: CellRead }[];
  sentidoCell?: TextCell;
  /** The sentido read (Ascendente when the cell is blank, absent or unreadable). */
  sentido: Sentido;
  /** False when the sentido cell holds text the functions do not understand. */
  sentidoValid: boolean;
  /** Written on its AEI's row (EMSAPUNO's POI 2024): it feeds the AEI but has no row of its own. */
  embedded: boolean;
  unidad?: TextCell;
  printed?: CellRead;
}

/** A PEI AEI row: the mean of its indicators' avances. */
export interface PeiAeiItem extends BaseItem {
  type: "aei";
  planCode: PlanCode;
  /** The AEI's name cell (it may carry "(Prioridad:N)"). */
  name?: TextCell;
  indicators: PeiIndicatorItem[];
  printed?: CellRead;
  /** A flat indicator table's Prioridad column (else V14 reads «(Prioridad:N)» in the name). */
  priority?: CellRead;
}

/** An activity of an institution's POI ficha: months, quarters, annual, meta, dates. */
export interface FichaActivityItem extends BaseItem {
  type: "actividad";
  label: string;
  numero?: TextCell;
  activity?: TextCell;
  months: (CellRead | undefined)[];
  quarters: (CellRead | undefined)[];
  annual?: CellRead;
  meta?: CellRead;
  unit: string;
  /** A level (%, m.c.a., horas/día): its quarters repeat the level instead of adding up. */
  isLevel: boolean;
  required: { what: string; cell: TextCell }[];
  start: number | null;
  end: number | null;
  /** The section it sits in (a ficha's «I. …» row, a task's AO); numbers are unique within it. */
  section?: string;
  /** A flat POI's task row, its AO's own row (no task), or a ficha's activity. */
  rowKind?: "tarea" | "ao" | "actividad";
  /** The cell that marks the row for deletion («ELIMINAR» in COD_TAREA_V2), if any. */
  deletion?: TextCell;
}

/** An AO of the Aplicativo's seguimiento report: its PROGRAMADO and EJECUTADO lines. */
export interface AoLinesItem extends BaseItem {
  type: "ao-lineas";
  first: number;
  codeCell: TextCell;
  programado?: number;
  ejecutado?: number;
  /** Rows of extra PROGRAMADO/EJECUTADO lines for the same AO. */
  duplicates: { row: number; line: "PROGRAMADO" | "EJECUTADO"; other: number }[];
  prog: (CellRead | undefined)[];
  exec: (CellRead | undefined)[];
  acumulacion?: TextCell;
  mode: Acumulacion | null;
  /** % ejecución without the cap, for the sobre-ejecución rule. */
  raw: number | null;
}

/** An AO of the Aplicativo's "POI por actividad operativa" export (one row each). */
export interface ExportAoItem extends BaseItem {
  type: "ao-exportada";
  idCell: TextCell;
  prog: (CellRead | undefined)[];
  exec: (CellRead | undefined)[];
  motivos: (TextCell | undefined)[];
  mode: Acumulacion | null;
  raw: number | null;
}

/** One family of a line of the Aplicativo's financial export: F(RE) or Fn(RE) 01…12 and Total. */
export interface FamilyRead {
  /** The family as the export writes it: «F(RE)», «Fn(E)». */
  name: string;
  /** Physical (F) or financial (Fn) programming. */
  financial: boolean;
  months: (CellRead | undefined)[];
  total?: CellRead;
}

/**
 * A line of the Aplicativo's «POI por programación financiera» export (annual or multianual):
 * an AO with one fuente and genérica (and a year, multianual), its physical and financial families.
 */
export interface FinancialLineItem extends BaseItem {
  type: "linea-financiera";
  idCell: TextCell;
  /** What groups the AO's lines: its id and, in the multianual export, the year. */
  group: string;
  families: FamilyRead[];
  /** The family the AO's target is read from (F(RE), else F(E)), physical and financial. */
  current: { physical?: FamilyRead; financial?: FamilyRead };
}

/** A line of a budget execution table (a project, an específica): PIM, devengado, avance. */
export interface BudgetItem extends BaseItem {
  type: "partida";
  label: TextCell;
  pim?: CellRead;
  devengado?: CellRead;
  /** The avance % the table prints, if it has the column. */
  printed?: CellRead;
}

/** An indicator of a programme report: previsto and logrado at a cut date, and the final previsto. */
export interface PrevistoLogradoItem extends BaseItem {
  type: "indicador-previsto";
  name: TextCell;
  previsto?: CellRead;
  logrado?: CellRead;
  previstoFinal?: CellRead;
}

/** A row of an implementation plan (an activity, or a meta of Tabla 1): metas per year and its X. */
export interface PlanMetaItem extends BaseItem {
  type: "meta-plan";
  /** The row's label as written («1.2.2.3 Preparar y difundir directorios …», «META 1: …»). */
  label: string;
  /**
   * The row's META ACTIVIDAD text, when the plan writes it in a column of its own beside the
   * year cells («2027 y en adelante: 01 Directorio se mantiene actualizado …»).
   */
  metaText?: string;
  /** The year cells that state a meta. */
  metas: { year: number; read: CellRead }[];
  /** Every X of the row: the year (and semester) of its column and the cell. */
  marks: { year: number; semester?: number; address: string }[];
  /** The years the matrix's cronograma has columns for (none for a metas-only table). */
  scheduleYears: number[];
  /** The years its cronograma splits into semesters (2025 in the HdR-AS plan). */
  splitYears: number[];
  /** The evaluated year's numeric meta and its logrado, when the plan has execution columns. */
  avance?: { year: number; meta: CellRead; logrado: CellRead };
}

export type Item =
  | PeiIndicatorItem
  | PeiAeiItem
  | FichaActivityItem
  | AoLinesItem
  | ExportAoItem
  | FinancialLineItem
  | BudgetItem
  | PrevistoLogradoItem
  | PlanMetaItem;

/** The item types of nodes.ts are exactly the Items' (a compile-time check). */
export type ItemTypesMatch = [ItemType] extends [Item["type"]]
  ? [Item["type"]] extends [ItemType]
    ? true
    : never
  : never;
export const itemTypesMatch: ItemTypesMatch = true;

/** A detected matrix with its items measured once; rules and the write plan read only this. */
export interface MeasuredMatrix {
  sheet: SheetData;
  matrix: DetectedMatrix;
  scale: Scale;
  items: Item[];
  /** Every numeric cell read, for the number rules (N1, N2). */
  reads: CellRead[];
  /** The node types the matrix yields (its kind's items, table nodes and family): rules subscribe to them. */
  nodes: ReadonlySet<NodeType>;
  /** The column where its rows write their code (where findings on a row's code point). */
  codeColumn: number;
}
