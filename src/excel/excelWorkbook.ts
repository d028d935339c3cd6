import { a1 } from "../core/sheet/address";
import type { CellValue, SheetData } from "../core/sheet/sheetData";
import type { WorkbookChange, WorkbookPort } from "../core/port/workbookPort";
import type { WritePlan } from "../core/plan/writePlan";
import { applyPlanExcel, requireApi } from "./applyPlanExcel";

/** Excel's "" for an empty cell is a blank for the core. */
const toCell = (v: unknown): CellValue => (v === "" || v === undefined ? null : (v as CellValue));

/** The WorkbookPort over the Excel JavaScript API (ExcelApi 1.8). */
export class ExcelWorkbook implements WorkbookPort {
  constructor() {
    requireApi((set, version) => Office.context.requirements.isSetSupported(set, version));
  }

  async readSheets(): Promise<SheetData[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true));
      used.forEach((range) => range.load("values, formulas, rowIndex, columnIndex"));
      await context.sync();
      return sheets.items.map((sheet, i) => toSheetData(sheet.name, used[i] as Excel.Range));
    });
  }

  applyPlan(plan: WritePlan): Promise<void> {
    return applyPlanExcel(plan, Excel.run).then(() => undefined);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  async onChange(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    const ours = Office.context.requirements.isSetSupported("ExcelApi", "1.14");
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

function toSheetData(name: string, range: Excel.Range): SheetData {
  if (range.isNullObject) return { name, rows: [], merges: [] };
  const rows: CellValue[][] = [];
  const formulas = new Map<string, string>();
  range.values.forEach((row, r) => {
    const out: CellValue[] = new Array(range.columnIndex).fill(null);
    row.forEach((v, c) => {
      out.push(toCell(v));
      const f = range.formulas[r]?.[c];
      if (typeof f === "string" && f.startsWith("="))
        formulas.set(a1(range.rowIndex + r, range.columnIndex + c), f);
    });
    rows[range.rowIndex + r] = out;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { name, rows, merges: [], formulas };
}
