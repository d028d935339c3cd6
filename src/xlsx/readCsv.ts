import type { CellValue, SheetData } from "../core/sheet/sheetData";

/**
 * Reads a CSV as one sheet. The delimiter (";", "," or tab) is the one that splits the first lines
 * most evenly; quotes follow RFC 4180. Values stay text: the core parses numbers in both locales.
 */
export function readCsv(text: string, name: string): SheetData {
  const body = text.replace(/^\uFEFF/, "");
  const delimiter = guessDelimiter(body);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field.trim() === "" ? null : field);
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
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
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
  return { name, rows, merges: [] };
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
