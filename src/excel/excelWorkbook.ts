import type { SavedMatrixMap } from "../core/columnMap/savedMap";
import type { RemovalPlan } from "../core/plan/removalPlan";
import type { PlanSettings, WritePlan } from "../core/plan/writePlan";
import type { WorkbookName } from "../core/planFunctions/libroMode";
import type {
  ApplyOptions,
  NameChanges,
  ReadOptions,
  WorkbookChange,
  WorkbookPort,
} from "../core/port/workbookPort";
import type { SheetData } from "../core/sheet/sheetData";
import { applyPlanExcel } from "./applyPlanExcel";
import { applyRemovalExcel } from "./applyRemovalExcel";
import { saveColumnMapsExcel } from "./columnMapsExcel";
import { toWorkbookStop } from "./excelErrors";
import { readSheetsExcel } from "./readSheetsExcel";
import { addReportSheetExcel } from "./reportSheetExcel";
import { workbookFunction } from "../core/planFunctions/workbookFunctions";
import { defineNamesExcel, removeNamesExcel, supportsLambdaExcel } from "./workbookNamesExcel";
import { canFollowEdits, requireApi } from "./requirements";

const isSetSupported = (set: string, version: string) =>
  Office.context.requirements.isSetSupported(set, version);

/** The WorkbookPort over the Excel JavaScript API (ExcelApi 1.8; edits followed from 1.9). */
export class ExcelWorkbook implements WorkbookPort {
  readonly canFollowEdits: boolean;

  /** Throws ExcelHostTooOld (Spanish) when the host lacks what the manifest declares. */
  constructor() {
    requireApi(isSetSupported);
    this.canFollowEdits = canFollowEdits(isSetSupported);
  }

  readSheets(options?: ReadOptions): Promise<SheetData[]> {
    return readSheetsExcel(Excel.run, options).catch((e: unknown) => {
      throw toWorkbookStop(e);
    });
  }

  applyPlan(plan: WritePlan, options?: ApplyOptions): Promise<void> {
    const pageLayout = isSetSupported("ExcelApi", "1.9");
    return applyPlanExcel(plan, Excel.run, options, { pageLayout }).then(() => undefined);
  }

  supportsLambda(): Promise<boolean> {
    return supportsLambdaExcel(Excel.run).catch((e: unknown) => {
      throw toWorkbookStop(e);
    });
  }

  defineNames(
    names: readonly WorkbookName[],
    replace: readonly string[],
    dryRun: boolean
  ): Promise<NameChanges> {
    return defineNamesExcel(Excel.run, names, replace, dryRun).catch((e: unknown) => {
      throw toWorkbookStop(e);
    });
  }

  async applyRemoval(plan: RemovalPlan, keep: PlanSettings | null = null): Promise<void> {
    await applyRemovalExcel(plan, Excel.run, keep);
    const names = plan.names.flatMap((name) => {
      const fn = workbookFunction(name as Parameters<typeof workbookFunction>[0]);
      return fn ? [{ name: fn.name, formula: fn.formula, comment: fn.comment }] : [];
    });
    await this.removeNames(names);
  }

  async removeNames(names: readonly WorkbookName[]): Promise<void> {
    await removeNamesExcel(Excel.run, names).catch((e: unknown) => {
      throw toWorkbookStop(e);
    });
  }

  addReportSheet(
    name: string,
    header: readonly string[],
    rows: readonly (readonly (string | number)[])[]
  ): Promise<string> {
    return addReportSheetExcel(Excel.run, name, header, rows);
  }

  saveColumnMaps(maps: readonly SavedMatrixMap[]): Promise<void> {
    return saveColumnMapsExcel(Excel.run, maps);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    }).catch((e: unknown) => {
      throw toWorkbookStop(e);
    });
  }

  async onChange(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    if (!this.canFollowEdits) return async () => {};
    const ours = isSetSupported("ExcelApi", "1.14");
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (event) => {
        // Semáforo's own writes: events are off while it writes; ExcelApi 1.14 also tags them.
        if (ours && event.triggerSource === "ThisLocalAddin") return;
        const sheet = context.workbook.worksheets.getItem(event.worksheetId);
        sheet.load("name");
        await context.sync();
        handler({ sheet: sheet.name, address: event.address });
      });
      await context.sync();
      return result;
    });
    return async () => {
      await Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }
}
