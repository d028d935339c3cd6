import type JSZip from "jszip";
import { a1, parseA1 } from "../../core/sheet/address";
import type { CellValue, MergedRange, SheetData } from "../../core/sheet/sheetData";
import { streamPart } from "./partStream";
import { attrValue } from "./xmlScanner";
import { readCellTag, type CellTag } from "./cellTag";
import type { ReadGuard } from "./readGuard";

export interface SheetContext {
  name: string;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  guard: ReadGuard;
}

/** Excel serial → Date, as Excel counts (1900 system, or 1904). */
const toDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

/**
 * Reads one worksheet part as it streams: values (cached results for formulas), formulas, merges.
 * Rows stay sparse; merges are clipped to the cells that hold data, so one merge over the whole
 * grid costs nothing.
 */
export async function readSheet(file: JSZip.JSZipObject, ctx: SheetContext): Promise<SheetData> {
  const rows: CellValue[][] = [];
  const formulas = new Map<string, string>();
  const shared = new Map<string, string>();
  const merges: MergedRange[] = [];
  let row = -1;
  let col = -1;
  let maxRow = -1;
  let maxCol = -1;
  // The open cell's type and style (type null outside a cell): two fields, not an object per cell.
  let cellType: string | null = null;
  let cellStyle = 0;
  let text = "";
  let capture: "v" | "f" | "t" | null = null;
  let value: string | null = null;
  let inline: string | null = null;
  let formula: string | null = null;
  let sharedIndex: string | null = null;
  let phonetic = 0;
  const { guard } = ctx;
  // The open cell's tag, read into one object reused for every cell.
  const tag: CellTag = { at: -1, style: 0, type: "n" };

  const cap = guard.limits.maxCellText;

  await streamPart(file, guard, {
    open(name, attrs) {
      guard.tick();
      if (name === "c") {
        readCellTag(attrs, tag);
        const at = tag.at;
        if (at >= 0) {
          row = Math.floor(at / 16384);
          col = at % 16384;
        } else col++;
        cellType = tag.type;
        cellStyle = tag.style;
        value = inline = formula = sharedIndex = null;
      } else if (name === "row") {
        const r = Number(attrValue(attrs, "r"));
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        col = -1;
      } else if (cellType !== null && name === "v") {
        capture = "v";
        text = "";
      } else if (cellType !== null && name === "f") {
        capture = "f";
        text = "";
        sharedIndex = attrValue(attrs, "t") === "shared" ? (attrValue(attrs, "si") ?? null) : null;
      } else if (cellType !== null && name === "is") inline = "";
      else if (name === "rPh") phonetic++;
      else if (inline !== null && name === "t" && phonetic === 0) {
        capture = "t";
        text = "";
      } else if (name === "mergeCell") {
        const ref = attrValue(attrs, "ref");
        const [a, b] = (ref ?? "").split(":");
        const start = parseA1(a ?? "");
        const end = b ? parseA1(b) : start;
        if (start && end)
          merges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
      }
    },
    text(t) {
      if (!capture) return;
      text += t;
      if (text.length > cap) {
        text = text.slice(0, cap);
        guard.cutTexts.push(`hoja «${ctx.name}»`);
      }
    },
    close(name) {
      if (capture === "v" && name === "v") value = text;
      else if (capture === "f" && name === "f") formula = text;
      else if (capture === "t" && name === "t") inline = (inline ?? "") + text;
      else if (name === "rPh") phonetic--;
      if (name === "v" || name === "f" || name === "t") capture = null;
      if (name !== "c" || cellType === null) return;
      if (sharedIndex !== null) {
        if (formula) shared.set(sharedIndex, formula);
        else formula = shared.get(sharedIndex) ?? null;
      }
      const v = convert(cellType, cellStyle, value, inline, ctx);
      if (v !== null) {
        guard.countCell();
        (rows[row] ??= [])[col] = v;
        if (row > maxRow) maxRow = row;
        if (col > maxCol) maxCol = col;
      }
      if (formula) formulas.set(a1(row, col), `=${formula}`);
      cellType = null;
    },
  });
  for (const r of rows)
    if (r) for (let i = 0; i < r.length; i++) if (r[i] === undefined) r[i] = null;
  return { name: ctx.name, rows, merges: clip(merges, maxRow, maxCol), formulas };
}

function convert(
  type: string,
  style: number,
  value: string | null,
  inline: string | null,
  ctx: SheetContext
): CellValue {
  switch (type) {
    case "s":
      return value === null ? null : (ctx.sharedStrings[Number(value)] ?? null);
    case "inlineStr":
      return inline ?? value;
    case "str":
      return value;
    case "b":
      return value === null ? null : value === "1" || value === "true";
    case "e":
      return value === null ? null : { error: value };
    case "d": {
      const d = value === null ? NaN : Date.parse(value);
      return Number.isNaN(d) ? value : new Date(d);
    }
    default: {
      if (value === null || value.trim() === "") return null;
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      return ctx.dateStyles[style] ? toDate(n, ctx.date1904) : n;
    }
  }
}

/** Merges limited to the block that holds data; those wholly outside it are dropped. */
function clip(merges: MergedRange[], maxRow: number, maxCol: number): MergedRange[] {
  const out: MergedRange[] = [];
  for (const m of merges) {
    if (m.top > maxRow || m.left > maxCol) continue;
    out.push({ ...m, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol) });
  }
  return out;
}
