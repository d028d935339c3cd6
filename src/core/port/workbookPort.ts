import type { SheetData } from "../sheet/sheetData";
import type { PlanSettings, WritePlan } from "../plan/writePlan";
import type { WorkbookName } from "../planFunctions/libroMode";
import type { RemovalPlan } from "../plan/removalPlan";
import type { SavedMatrixMap } from "../columnMap/savedMap";

/** An edit made by the planner (not by Semáforo) somewhere in the workbook. */
export interface WorkbookChange {
  sheet: string;
  address: string;
}

/** How far a long read or write has got, for the pane's progress bar. */
export interface Progress {
  /** 0–1. */
  fraction: number;
  /** What is being done, in Spanish: «Leyendo «Tabla 3» (hoja 3 de 12)». */
  label: string;
}

export interface ReadOptions {
  /** Only these sheets (after an edit, only the edited one is re-read). */
  only?: readonly string[];
  onProgress?: (p: Progress) => void;
  /** Aborting stops between two requests with a ReadCancelled. */
  signal?: AbortSignal;
}

/** What a cell held when the plan was made: its formula, else its value ("" when empty). */
export interface ExpectedCell {
  sheet: string;
  address: string;
  content: string;
}

export interface ApplyOptions {
  /** The target cells as the plan saw them: the write stops if any of them changed since. */
  expected?: readonly ExpectedCell[];
  onProgress?: (p: Progress) => void;
}

/** A write or read Semáforo stopped on purpose, with a Spanish message that says what to do. */
export class WorkbookStop extends Error {
  constructor(
    readonly reason: "changed" | "protected" | "cancelled" | "rolled-back" | "excel",
    message: string,
    /** The cells or sheets involved («Tabla 3!G6»), for the pane to list. */
    readonly where: readonly string[] = []
  ) {
    super(message);
    this.name = "WorkbookStop";
  }
}

/**
 * What the task pane needs from a workbook. src/excel implements it over Excel.run; component
 * tests and the browser harness implement it over an in-memory workbook.
 */
/** What defining workbook functions did: names added, already there, replaced, or in conflict. */
export interface NameChanges {
  added: string[];
  unchanged: string[];
  replaced: string[];
  /** Names the workbook already defines otherwise: left as they are unless the planner chose. */
  conflicts: { name: string; existing: string }[];
}

export interface WorkbookPort {
  /** Every sheet's values and formulas, read in blocks that keep each request small. */
  readSheets(options?: ReadOptions): Promise<SheetData[]>;
  /**
   * Writes a plan (formulas, semáforo rules, summary, settings): never half. It checks protection
   * and the expected cells first; if Excel fails midway, what this run wrote is undone and a
   * WorkbookStop("rolled-back") is thrown.
   */
  applyPlan(plan: WritePlan, options?: ApplyOptions): Promise<void>;
  /**
   * Removes what Semáforo wrote (the core's removal plan): cells, semáforo rules, its sheets. With
   * `keep`, the settings sheet stays and holds these settings (the planner's configuración).
   */
  applyRemoval(plan: RemovalPlan, keep?: PlanSettings | null): Promise<void>;
  /**
   * Adds a sheet with a header row and these rows (text and numbers, never formulas), named
   * `name` or «name (2)»… when taken, and shows it. Resolves to the name it got.
   */
  addReportSheet(
    name: string,
    header: readonly string[],
    rows: readonly (readonly (string | number)[])[]
  ): Promise<string>;
  /** Whether the host calculates LAMBDA (Excel 365 and 2024; not Excel 2021 or older). */
  supportsLambda(): Promise<boolean>;
  /**
   * Looks at (dryRun) or defines the workbook functions of a «libro» plan, with their comments. A
   * name defined otherwise is never overwritten unless it is listed in `replace`.
   */
  defineNames(
    names: readonly WorkbookName[],
    replace: readonly string[],
    dryRun: boolean
  ): Promise<NameChanges>;
  /**
   * Stores the planner's column maps (all of them: they replace the stored list) in Semáforo's
   * hidden settings sheet, created when missing; the other settings stay as they are.
   */
  saveColumnMaps(maps: readonly SavedMatrixMap[]): Promise<void>;
  /** Removes these workbook functions, each only while it still holds this definition. */
  removeNames(names: readonly WorkbookName[]): Promise<void>;
  /** Activates the sheet and selects the cell or range. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Whether edits can be followed (ExcelApi 1.9); without it the pane offers no live re-validation. */
  readonly canFollowEdits: boolean;
  /** Calls `handler` on the planner's edits; returns a function that stops listening. */
  onChange(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
}
