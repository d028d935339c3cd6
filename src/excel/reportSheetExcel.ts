import { toWorkbookStop } from "./excelErrors";
import { REQUEST_BUDGET } from "./payload";
import { queueRun } from "./queueWrites";
import type { ExcelRunner } from "./requirements";
import { toChunks, toRuns } from "./writeRuns";
import { a1 } from "../core/sheet/address";

/** The first of «name», «name (2)», «name (3)»… that the workbook does not use. */
export function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const next = `${name} (${i})`;
    if (!used.has(next.toLowerCase())) return next;
  }
}

/**
 * Adds a report sheet (the observations a planner forwards): a bold, frozen header row, then the
 * rows as text and numbers (a text that looks like a formula is written as text: writeRuns'
 * entry), in requests under REQUEST_BUDGET. The sheet is activated.
 */
export async function addReportSheetExcel(
  run: ExcelRunner,
  name: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[]
): Promise<string> {
  return run(async (context) => {
    // One request per chunk: a long report goes out in several, each under the budget.
    const sync = () => context.sync();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const chosen = freeName(
      name,
      sheets.items.map((s) => s.name)
    );
    const ws = sheets.add(chosen);
    const all = [header, ...rows];
    const cells = all.flatMap((row, r) =>
      row.map((v, c) => ({
        sheet: chosen,
        address: a1(r, c),
        value: v,
      }))
    );
    for (const chunk of toChunks(toRuns(chosen, cells, REQUEST_BUDGET), REQUEST_BUDGET)) {
      for (const r of chunk) queueRun(ws, r);
      await sync();
    }
    const head = ws.getRange(`A1:${a1(0, header.length - 1)}`);
    head.format.font.bold = true;
    ws.freezePanes.freezeRows(1);
    ws.activate();
    await context.sync();
    return chosen;
  }).catch((e: unknown) => {
    throw toWorkbookStop(e);
  });
}
