import { a1 } from "../core/sheet/address";
import type { CellValue, SheetData } from "../core/sheet/sheetData";
import { WorkbookStop, type ReadOptions } from "../core/port/workbookPort";
import { jsonBytes, REQUEST_BUDGET } from "./payload";
import type { ExcelRunner } from "./requirements";

/** A cautious guess of bytes per cell (values + formulas) until a block has been measured. */
const FIRST_GUESS_PER_CELL = 256;

/** Blank rows measure almost nothing: never size a block as if every cell were that light. */
const MIN_PER_CELL = 16;
/** Blocks grow at most this much from one to the next, in case later rows are heavier. */
const MAX_GROWTH = 4;

/** Excel's "" for an empty cell is a blank for the core. */
const toCell = (v: unknown): CellValue => (v === "" || v === undefined ? null : (v as CellValue));

interface Used {
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface ReadStats {
  syncs: number;
  blocks: number;
  /** Blocks Excel refused as too large (then read again in smaller parts). */
  refused: number;
}

const isTooLarge = (error: unknown) =>
  /PayloadSizeLimitExceeded|payload size/i.test(
    `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`
  );

/**
 * Reads the sheets' values and formulas in row blocks. Each block's size is chosen from the bytes
 * per row the previous blocks returned, so every response stays near REQUEST_BUDGET whatever the
 * sheet holds (Excel on the web refuses more than 5 MB). Progress names the sheet; an aborted
 * signal stops between blocks.
 */
export async function readSheetsExcel(
  run: ExcelRunner,
  options: ReadOptions = {},
  stats: ReadStats = { syncs: 0, blocks: 0, refused: 0 }
): Promise<SheetData[]> {
  return run(async (context) => {
    const sync = async () => {
      stats.syncs++;
      await context.sync();
    };
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await sync();
    const wanted = sheets.items.filter((s) => !options.only || options.only.includes(s.name));
    const ranges = wanted.map((s) => {
      const range = s.getUsedRangeOrNullObject(true);
      range.load("rowIndex, columnIndex, rowCount, columnCount");
      return range;
    });
    await sync();
    const used: (Used | null)[] = wanted.map((s, i) => {
      const r = ranges[i] as Excel.Range;
      if (r.isNullObject) return null;
      return {
        name: s.name,
        top: r.rowIndex,
        left: r.columnIndex,
        rows: r.rowCount,
        cols: r.columnCount,
      };
    });
    const totalRows = used.reduce((n, u) => n + (u?.rows ?? 0), 0) || 1;
    let doneRows = 0;
    let bytesPerCell = FIRST_GUESS_PER_CELL;
    let measured = 0;
    let lastRows = Infinity;
    /** After a refusal, the next block asks for at most this many rows (a quarter of the last). */
    let refusedCap = Infinity;
    const out: SheetData[] = [];
    for (const [i, u] of used.entries()) {
      const name = (wanted[i] as Excel.Worksheet).name;
      const label = `Leyendo «${name}» (hoja ${i + 1} de ${used.length})`;
      options.onProgress?.({ fraction: doneRows / totalRows, label });
      if (!u) {
        out.push({ name, rows: [], merges: [] });
        continue;
      }
      const rows: CellValue[][] = [];
      const formulas = new Map<string, string>();
      const ws = wanted[i] as Excel.Worksheet;
      for (let r0 = 0; r0 < u.rows;) {
        if (options.signal?.aborted) {
          throw new WorkbookStop("cancelled", "Lectura cancelada: el panel no cambió nada.");
        }
        const n = Math.max(
          1,
          Math.min(
            u.rows - r0,
            lastRows * MAX_GROWTH,
            refusedCap,
            Math.floor(REQUEST_BUDGET / (bytesPerCell * u.cols))
          )
        );
        const block = ws.getRangeByIndexes(u.top + r0, u.left, n, u.cols);
        block.load("values, formulas");
        // One request per block is the point: each must stay under Excel's size limit.
        stats.syncs++;
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block, by design
          await context.sync();
        } catch (error) {
          // Heavier rows than measured so far: Excel refused the response. Reading changes
          // nothing, so the same rows are asked again in a quarter of the size.
          if (n === 1 || !isTooLarge(error)) throw error;
          // The cap shrinks every time (…, 4, 1), so a refused single row ends the read.
          refusedCap = Math.max(1, Math.floor(n / 4));
          stats.refused++;
          continue;
        }
        stats.blocks++;
        const bytes = jsonBytes(block.values) + jsonBytes(block.formulas);
        // Size the next block on the heaviest block seen so far (the first guess is only a start).
        measured = Math.max(measured, bytes / (n * u.cols));
        bytesPerCell = Math.max(measured, MIN_PER_CELL);
        lastRows = n;
        refusedCap = Infinity;
        addBlock(rows, formulas, block.values, block.formulas, u.top + r0, u.left);
        r0 += n;
        doneRows += n;
        options.onProgress?.({ fraction: doneRows / totalRows, label });
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      out.push({ name, rows, merges: [], formulas });
    }
    return out;
  });
}

function addBlock(
  rows: CellValue[][],
  formulas: Map<string, string>,
  values: unknown[][],
  texts: unknown[][],
  top: number,
  left: number
) {
  values.forEach((row, r) => {
    const line: CellValue[] = new Array(left).fill(null);
    row.forEach((v, c) => {
      line.push(toCell(v));
      const f = texts[r]?.[c];
      if (typeof f === "string" && f.startsWith("=")) formulas.set(a1(top + r, left + c), f);
    });
    rows[top + r] = line;
  });
}
