import type { ColumnMap } from "../detect/columnMap";
import type { HeaderInfo } from "../detect/headerScan";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import type { CellRead } from "../measure/cellRead";
import type { Item } from "../measure/item";
import type { ItemType, KindFamily, TableNode } from "../measure/nodes";
import type { Scale } from "../scales/scale";
import type { SheetData } from "../sheet/sheetData";
import type { MatrixKind } from "./kindIds";

/** Running context while reading a matrix body top to bottom. */
export interface RoleContext {
  lastAei?: string;
  lastAoKey?: string;
  /** The section row last seen («II. Actividades de Valores Máximos Admisibles»). */
  lastSection?: string;
}

/** Options for measuring: the scale for levels and whether avances are capped at 100. */
export interface MeasureOptions {
  scale: Scale;
  /** null: each kind's default (PEI Tipo I capped, as CEPLAN's; POI execution shown as is). */
  tope: boolean | null;
}

/** What measuring a matrix gives: its items and every numeric cell it read. */
export interface Measured {
  items: Item[];
  reads: CellRead[];
}

/**
 * A column a kind reads. Every one counts for the detection's confidence (the share found); one
 * with `need` is also what a header must have to be of the kind, said in a planner's words (a
 * header no kind recognises is reported with what its closest kind misses).
 */
export interface KindColumn {
  col: number | undefined;
  need?: string;
  /** Whether the need is met, when that is more than this column being found. */
  present?: boolean;
}

/** The column Semáforo adds for a kind's results. */
export interface ResultColumn {
  /** Its header; undefined when the matrix has nothing to evaluate (no evaluated year). */
  header(m: DetectedMatrix): string | undefined;
  /** Whether a text is a header this kind writes (to take Semáforo's cells out again). */
  isHeader(text: string): boolean;
  /** The header names its own period («Avance 2025 …»): no period label is copied under it. */
  namesPeriod: boolean;
  /** The matrix's own result column, used when its cells are free. */
  column?(m: DetectedMatrix): number | undefined;
}

/**
 * Everything Semáforo knows about one kind of planning matrix, in one module: its identity
 * (family, the node types its matrices yield, how the summary groups it), how its header is
 * recognised, the columns it reads, the role of each body row, how its items are measured, and
 * where its results are written. The registry lists the kinds; adding one is one file plus its
 * registration and tests. No code outside src/core/kinds compares kind ids.
 */
export interface KindDef {
  id: MatrixKind;
  /** Spanish name shown to planners. */
  label: string;
  family: KindFamily;
  /** The item types and table nodes its matrices yield; rules subscribe to them. */
  yields: readonly (ItemType | TableNode)[];
  /** How the summary sheet groups its activities: per unidad orgánica (a POI) or per matrix. */
  summaryBy: "unidad" | "matriz";
  /** The column where its rows write their code (where findings on a row's code point). */
  codeColumn(m: DetectedMatrix): number;
  /** The name of its month-by-month programming line (F(RE), PROGRAMADO), if it has one. */
  monthlyLine?: string;
  /** The column map the kind reads this header with, or null when the header is not of this kind. */
  recognise(sheet: SheetData, info: HeaderInfo): ColumnMap | null;
  /** The columns it reads, stated once (confidence and requirements). */
  columns(columns: ColumnMap): KindColumn[];
  roleOf(
    m: DetectedMatrix,
    sheet: SheetData,
    row: number,
    ctx: RoleContext,
    first: string
  ): MatrixRow;
  measure(sheet: SheetData, m: DetectedMatrix, options: MeasureOptions): Measured;
  /** The column Semáforo adds for its results; absent when it writes none. */
  result?: ResultColumn;
}
