import type { WorkbookChange, WorkbookPort } from "../../src/core/port/workbookPort";
import type { WritePlan } from "../../src/core/plan/writePlan";
import type { SheetData } from "../../src/core/sheet/sheetData";

/** An in-memory WorkbookPort that records what the task pane asks of it. */
export class FakePort implements WorkbookPort {
  reads = 0;
  applied: WritePlan[] = [];
  selected: { sheet: string; address: string }[] = [];
  failApply: Error | null = null;
  private handlers: ((c: WorkbookChange) => void)[] = [];

  constructor(public sheets: SheetData[]) {}

  async readSheets() {
    this.reads++;
    return this.sheets;
  }
  async applyPlan(plan: WritePlan) {
    if (this.failApply) throw this.failApply;
    this.applied.push(plan);
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
  /** Simulates the planner editing a cell. */
  edit(sheet: string, address: string) {
    this.handlers.forEach((h) => h({ sheet, address }));
  }
  get listening() {
    return this.handlers.length;
  }
}
