import type { SheetInfo, WorkbookPort } from "../core/port/workbookPort";

/** The WorkbookPort over the Excel JavaScript API: one Excel.run and one sync per call. */
export class ExcelWorkbook implements WorkbookPort {
  async listSheets(): Promise<SheetInfo[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true));
      used.forEach((range) => range.load("address"));
      await context.sync();
      return sheets.items.map((sheet, i) => {
        const range = used[i] as Excel.Range;
        return {
          name: sheet.name,
          usedRange: range.isNullObject ? null : range.address.replace(/^.*!/, ""),
        };
      });
    });
  }
}
