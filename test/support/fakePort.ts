import {
  WorkbookStop,
  type ApplyOptions,
  type NameChanges,
  type ReadOptions,
  type WorkbookChange,
  type WorkbookPort,
} from "../../src/core/port/workbookPort";
import type { WorkbookName } from "../../src/core/planFunctions/libroMode";
import type { RemovalPlan } from "../../src/core/plan/removalPlan";
import type { PlanSettings, WritePlan } from "../../src/core/plan/writePlan";
import { parseA1 } from "../../src/core/sheet/address";
import type { SheetData } from "../../src/core/sheet/sheetData";
import type { SavedMatrixMap } from "../../src/core/columnMap/savedMap";
import { readSettings, settingsCells, settingsWithMaps } from "../../src/core/plan/settings";
import { SETTINGS_SHEET } from "../../src/core/plan/writePlan";

/** An in-memory WorkbookPort that records what the task pane asks of it. */
export class FakePort implements WorkbookPort {
  reads: (readonly string[] | undefined)[] = [];
  applied: WritePlan[] = [];
  removed: RemovalPlan[] = [];
  /** The configuración each removal left in place (null: removed with the rest). */
  kept: (PlanSettings | null)[] = [];
  /** Report sheets added («Crear hoja de observaciones»): header row first. */
  reports: { name: string; rows: (string | number)[][] }[] = [];
  selected: { sheet: string; address: string }[] = [];
  savedMaps: SavedMatrixMap[][] = [];
  failApply: Error | null = null;
  canFollowEdits = true;
  /** Whether this "Excel" calculates LAMBDA (false: Excel 2021 and older). */
  lambda = true;
  /** Defined names in the workbook: name → formula. */
  names = new Map<string, string>();
  private handlers: ((c: WorkbookChange) => void)[] = [];

  constructor(public sheets: SheetData[]) {}

  async readSheets(options: ReadOptions = {}) {
    this.reads.push(options.only);
    options.onProgress?.({ fraction: 1, label: "Leyendo" });
    return this.sheets.filter((s) => !options.only || options.only.includes(s.name));
  }
  async applyPlan(plan: WritePlan, options: ApplyOptions = {}) {
    // Like the Excel adapter: a target cell that changed since the plan stops the write.
    const changed = (options.expected ?? []).filter(
      (e) => this.content(e.sheet, e.address) !== e.content
    );
    if (changed.length > 0) {
      throw new WorkbookStop(
        "changed",
        "Una celda cambió desde que se preparó la escritura. No se escribió nada.",
        changed.map((c) => `${c.sheet}!${c.address}`)
      );
    }
    if (this.failApply) throw this.failApply;
    this.applied.push(plan);
  }
  async supportsLambda() {
    return this.lambda;
  }
  async defineNames(names: readonly WorkbookName[], replace: readonly string[], dryRun: boolean) {
    const changes: NameChanges = { added: [], unchanged: [], replaced: [], conflicts: [] };
    for (const n of names) {
      const existing = this.names.get(n.name);
      const list =
        existing === undefined
          ? changes.added
          : existing === n.formula
            ? changes.unchanged
            : replace.includes(n.name)
              ? changes.replaced
              : null;
      if (!list) changes.conflicts.push({ name: n.name, existing: existing as string });
      else {
        list.push(n.name);
        if (!dryRun) this.names.set(n.name, n.formula);
      }
    }
    return changes;
  }
  async removeNames(names: readonly WorkbookName[]) {
    for (const n of names) if (this.names.get(n.name) === n.formula) this.names.delete(n.name);
  }
  async applyRemoval(plan: RemovalPlan, keep: PlanSettings | null = null) {
    this.removed.push(plan);
    this.kept.push(keep);
  }
  async addReportSheet(
    name: string,
    header: readonly string[],
    rows: readonly (readonly (string | number)[])[]
  ) {
    this.reports.push({ name, rows: [[...header], ...rows.map((r) => [...r])] });
    return name;
  }
  /** Like the Excel adapter: the settings sheet is rewritten with the maps (created when missing). */
  async saveColumnMaps(maps: readonly SavedMatrixMap[]) {
    this.savedMaps.push([...maps]);
    const cells = settingsCells(settingsWithMaps(readSettings(this.sheets), maps));
    const rows = cells
      .filter((c) => c.address.startsWith("A"))
      .map((c, i) => {
        const value = cells.find((x) => x.address === `B${i + 1}`)?.value ?? "";
        return [c.value, value];
      });
    const settings: SheetData = { name: SETTINGS_SHEET, rows, merges: [] };
    this.sheets = [...this.sheets.filter((s) => s.name !== SETTINGS_SHEET), settings];
  }
  async selectCell(sheet: string, address: string) {
    this.selected.push({ sheet, address });
  }
  async onChange(handler: (c: WorkbookChange) => void) {
    this.handlers.push(handler);
    return async () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }
  /** Simulates the planner editing a cell (optionally typing a value into it). */
  edit(sheet: string, address: string, value?: string | number) {
    if (value !== undefined) {
      const s = this.sheets.find((x) => x.name === sheet) as SheetData;
      const p = parseA1(address) as { row: number; col: number };
      const rows = s.rows.map((r) => [...(r ?? [])]);
      while (rows.length <= p.row) rows.push([]);
      (rows[p.row] as unknown[])[p.col] = value;
      this.sheets = this.sheets.map((x) => (x === s ? { ...s, rows } : x));
    }
    this.handlers.forEach((h) => h({ sheet, address }));
  }
  get listening() {
    return this.handlers.length;
  }
  private content(sheet: string, address: string): string {
    const s = this.sheets.find((x) => x.name === sheet);
    const p = parseA1(address);
    if (!s || !p) return "";
    const v = s.rows[p.row]?.[p.col] ?? null;
    return s.formulas?.get(address) ?? (v === null ? "" : String(v));
  }
}
