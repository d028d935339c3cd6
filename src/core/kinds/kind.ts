import type { ColumnMap } from "../detect/columnMap";
import type { HeaderInfo } from "../detect/headerScan";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import type { Item } from "../measure/item";
import type { CellRead } from "../measure/cellRead";
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
 * Everything Semáforo knows about one kind of planning matrix, in one module: how its header is
 * recognised, which columns it cannot do without, the role of each body row, how its items are
 * measured, and where its results are written. The registry lists the kinds; adding one is one
 * file plus its tests.
 */
export interface KindDef {
  id: MatrixKind;
  /** Spanish name shown to planners. */
  label: string;
  /** The column map the kind reads this header with, or null when the header is not of this kind. */
  recognise(sheet: SheetData, info: HeaderInfo): ColumnMap | null;
  /** The columns that make the kind what it is; their share found feeds the confidence. */
  essentialColumns(columns: ColumnMap): (number | undefined)[];
  /**
   * What a header needs to be of this kind, in a planner's words, and whether this one has it:
   * a header no kind recognises is reported with what its closest kind misses.
   */
  requirements(columns: ColumnMap): { label: string; present: boolean }[];
  roleOf(
    m: DetectedMatrix,
    sheet: SheetData,
    row: number,
    ctx: RoleContext,
    first: string
  ): MatrixRow;
  measure(sheet: SheetData, m: DetectedMatrix, options: MeasureOptions): Measured;
  /** Header of the column Semáforo adds for its results; absent when it writes none. */
  resultHeader?: string;
  /** A header that depends on the matrix (the year a plan is evaluated for), over resultHeader. */
  resultHeaderOf?(m: DetectedMatrix): string | undefined;
  /** Whether a text is one of the headers resultHeaderOf writes (for taking them out again). */
  isResultHeader?(text: string): boolean;
  /** The matrix's own result column, used when its cells are free. */
  resultColumn?(m: DetectedMatrix): number | undefined;
}
