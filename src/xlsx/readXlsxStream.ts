import ExcelJS from "exceljs";
import { readZipEntry } from "./zipEntry";
import { Readable } from "node:stream";
import { parseRangeA1 } from "../core/sheet/address";
import type { CellValue, MergedRange, SheetData } from "../core/sheet/sheetData";
import { normaliseValue } from "./readXlsx";

/**
 * Reads an .xlsx for checking with ExcelJS's streaming reader: values, cached formula results and
 * dates without building the full workbook model (styles, cell objects), which is most of a full
 * load. The streaming reader skips merged ranges, so they are read from each sheet's XML.
 */
export async function readXlsxForCheck(buffer: Buffer): Promise<SheetData[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(bufferStream(buffer), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets: SheetData[] = [];
  for await (const ws of reader) {
    const worksheet = ws as unknown as AsyncIterable<ExcelJS.Row> & { name: string; id: number };
    const rows: CellValue[][] = [];
    const formulas = new Map<string, string>();
    for await (const row of worksheet) {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        values[col - 1] = normaliseValue(cell.value);
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string") {
          formulas.set(cell.address, `=${v.formula}`);
        }
      });
      for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
      rows[row.number - 1] = values;
    }
    sheets.push({
      name: worksheet.name,
      rows,
      merges: mergesOf(buffer, worksheet.id),
      formulas,
    });
  }
  return sheets;
}

function bufferStream(buffer: Buffer): Readable {
  return Readable.from([buffer]);
}

/** Merged ranges of sheet N: the <mergeCell ref="A1:B2"/> elements after its data. */
function mergesOf(buffer: Buffer, id: number): MergedRange[] {
  const xml = readZipEntry(buffer, `xl/worksheets/sheet${id}.xml`);
  if (!xml) return [];
  const at = xml.lastIndexOf("<mergeCells");
  if (at < 0) return [];
  const merges: MergedRange[] = [];
  for (const m of xml
    .toString("utf8", at)
    .matchAll(/<mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g)) {
    const range = parseRangeA1(m[1] as string);
    if (range) merges.push(range);
  }
  return merges;
}
