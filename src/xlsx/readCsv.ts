import type { CellValue, SheetData } from "../core/sheet/sheetData";

/** A CSV read as one sheet, with a Spanish notice when the file is damaged (an unclosed quote). */
export interface CsvRead {
  sheet: SheetData;
  notice?: string;
}

/** How the file writes numbers: Excel in Spanish (Peru) saves «0,9722» and «1.234,56». */
export type CsvLocale = "decimal-comma" | "decimal-dot";

/**
 * Reads a CSV as one sheet. The delimiter (";", "," or tab) is the one that splits the first lines
 * most evenly; quotes follow RFC 4180. Number cells in the file's own locale become numbers (a
 * «0,9722» from Excel in Spanish is a number, not a number written as text); codes with leading
 * zeros («01»), percentages and anything else stay text for the core.
 */
export function readCsvFile(text: string, name: string): CsvRead {
  const body = text.replace(/^\uFEFF/, "");
  const delimiter = guessDelimiter(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let quoteRow = -1;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  while (i < body.length) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteRow = rows.length;
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      endField();
      rows.push(row);
      row = [];
      if (ch === "\r" && body[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  const locale = guessLocale(rows, delimiter);
  const cells: CellValue[][] = rows.map((r) =>
    r.map((f) => (f.trim() === "" ? null : (toNumber(f.trim(), locale) ?? f)))
  );
  const notice = quoted
    ? `una comilla (") abierta en la fila ${quoteRow + 1} no se cierra: desde ahí hasta el final del archivo se leyó como un solo campo. Revise el archivo.`
    : undefined;
  return { sheet: { name, rows: cells, merges: [] }, notice };
}

/** The sheet of a CSV (see readCsvFile). */
export function readCsv(text: string, name: string): SheetData {
  return readCsvFile(text, name).sheet;
}

const COMMA_DECIMAL = /^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const DOT_DECIMAL = /^[+-]?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;
const COMMA_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const DOT_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * The locale of the file's numbers, from its content: more «0,9722» / «1.234,56» than «0.9722» /
 * «1,234.56» is a decimal comma; a tie goes to the delimiter (Excel uses «;» where the decimal
 * separator is the comma).
 */
export function guessLocale(rows: readonly string[][], delimiter: string): CsvLocale {
  let comma = 0;
  let dot = 0;
  for (const r of rows) {
    for (const f of r) {
      const t = f.trim();
      if (COMMA_DECIMAL.test(t) && !/^[+-]?\d{1,3},\d{3}$/.test(t)) comma++;
      else if (DOT_DECIMAL.test(t) && !/^[+-]?\d{1,3}\.\d{3}$/.test(t)) dot++;
    }
  }
  if (comma !== dot) return comma > dot ? "decimal-comma" : "decimal-dot";
  return delimiter === ";" ? "decimal-comma" : "decimal-dot";
}

/** The number a field writes in the locale, or null when it is not a plain number. */
function toNumber(text: string, locale: CsvLocale): number | null {
  // «01», «007» are codes and numbering; very long digit runs are ids (AOI…, DNI, RUC).
  if (/^[+-]?0\d/.test(text) || text.replace(/\D/g, "").length > 15) return null;
  const plain =
    locale === "decimal-comma"
      ? COMMA_NUMBER.test(text) && text.replace(/\./g, "").replace(",", ".")
      : DOT_NUMBER.test(text) && text.replace(/,/g, "");
  if (!plain) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 10)
    .filter((l) => l.trim() !== "");
  let best = ",";
  let bestScore = -1;
  for (const d of [";", ",", "\t"]) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const min = Math.min(...counts);
    const score = min > 0 ? counts.reduce((a, b) => a + b, 0) : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
