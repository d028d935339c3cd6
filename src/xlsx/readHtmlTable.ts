import { Parser } from "htmlparser2";
import { parseNumberText } from "../core/numbers/parseNumber";
import type { CellValue, MergedRange, SheetData } from "../core/sheet/sheetData";

/**
 * The Aplicativo CEPLAN's "POI por actividad operativa" export is an HTML table saved as .xls.
 * Reads each <table> as a sheet, honouring colspan/rowspan (as merged ranges). Cell text that is
 * a plain number becomes a number; IDs with a leading apostrophe ('000127) stay text.
 */
export function readHtmlTables(html: string, baseName: string): SheetData[] {
  const sheets: SheetData[] = [];
  let rows: CellValue[][] | null = null;
  let merges: MergedRange[] = [];
  // For each column, the last row a rowspan above still covers (one number per column, so a
  // hostile rowspan costs nothing).
  let busyUntil: number[] = [];
  let row = -1;
  let col = 0;
  let text: string | null = null;
  let span = { cols: 1, rows: 1 };
  let depth = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "table") {
          depth++;
          if (depth === 1) {
            rows = [];
            merges = [];
            busyUntil = [];
            row = -1;
          }
        } else if (name === "tr" && rows && depth === 1) {
          row++;
          col = 0;
          rows[row] ??= [];
        } else if ((name === "td" || name === "th") && rows && depth === 1) {
          while ((busyUntil[col] ?? -1) >= row) col++;
          text = "";
          span = {
            cols: bounded(attrs.colspan, MAX_COLSPAN),
            rows: bounded(attrs.rowspan, MAX_ROWSPAN),
          };
        } else if (name === "br" && text !== null) {
          text += "\n";
        }
      },
      ontext(data) {
        if (text !== null) text += data;
      },
      onclosetag(name) {
        if ((name === "td" || name === "th") && rows && text !== null && depth === 1) {
          if (col >= MAX_COLUMNS) {
            text = null; // beyond Excel's last column (XFD): nothing can be there
            return;
          }
          span.cols = Math.min(span.cols, MAX_COLUMNS - col);
          const cellText = decode(text).replace(/\s+/g, " ").trim().slice(0, MAX_CELL_TEXT);
          (rows[row] as CellValue[])[col] = toValue(cellText);
          for (let c = 0; c < span.cols; c++) busyUntil[col + c] = row + span.rows - 1;
          if (span.rows > 1 || span.cols > 1) {
            merges.push({
              top: row,
              left: col,
              bottom: row + span.rows - 1,
              right: col + span.cols - 1,
            });
          }
          col += span.cols;
          text = null;
        } else if (name === "table") {
          if (depth === 1 && rows) {
            const filled = (rows as CellValue[][]).map((r) =>
              Array.from(r ?? [], (v) => v ?? null)
            );
            // A rowspan reaching past the table's last row is cut there, as browsers do.
            for (const m of merges)
              m.bottom = Math.min(m.bottom, Math.max(m.top, filled.length - 1));
            const name = sheets.length === 0 ? baseName : `${baseName} (${sheets.length + 1})`;
            sheets.push({ name, rows: filled, merges });
            rows = null;
          }
          depth = Math.max(0, depth - 1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true }
  );
  parser.write(html);
  parser.end();
  return sheets;
}

/** HTML's own limits for spans; Excel's last column. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const MAX_COLUMNS = 16384;
const MAX_CELL_TEXT = 32767;

function bounded(value: string | undefined, max: number): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function decode(text: string): string {
  return text.replace(/\u00a0/g, " ");
}

function toValue(text: string): CellValue {
  if (text === "") return null;
  if (text.startsWith("'")) return text.slice(1);
  if (/^-?\d+(\.\d+)?$/.test(text) && !/^0\d/.test(text)) {
    const n = parseNumberText(text);
    if (typeof n === "number") return n;
  }
  return text;
}
