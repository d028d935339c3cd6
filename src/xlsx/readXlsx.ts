import ExcelJS from "exceljs";
import { parseRangeA1 } from "../core/sheet/address";
import type { CellValue, MergedRange, SheetData } from "../core/sheet/sheetData";

/** Normalises an ExcelJS cell value: cached formula results, rich text, hyperlinks, errors. */
export function normaliseValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return { error: value.error };
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      return normaliseValue((value as { result?: ExcelJS.CellValue }).result);
    }
    if ("text" in value && typeof (value as { text: unknown }).text === "string")
      return (value as { text: string }).text;
  }
  return null;
}

function formulaOf(value: ExcelJS.CellValue | undefined): string | null {
  if (
    value &&
    typeof value === "object" &&
    "formula" in value &&
    typeof value.formula === "string"
  ) {
    return `=${value.formula}`;
  }
  return null;
}

/** Reads every worksheet of an .xlsx buffer into the core's SheetData. */
export async function readXlsxBuffer(buffer: Buffer): Promise<SheetData[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets.map(sheetFromWorksheet);
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  const formulas = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS repeats a merge's value in every merged cell; only the master holds it in the file.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      values[colNumber - 1] = normaliseValue(cell.value);
      const f = formulaOf(cell.value);
      if (f) formulas.set(cell.address, f);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  // Rows stay sparse: a sheet whose only cell is in row 1,048,576 must not allocate a million rows.
  const merges: MergedRange[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const range = parseRangeA1(ref);
    if (range) merges.push(range);
  }
  return { name: ws.name, rows, merges, formulas };
}
