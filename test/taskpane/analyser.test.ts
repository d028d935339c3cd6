import { describe, expect, it } from "vitest";
import {
  answerRequest,
  createAnalyser,
  type AnalyseRequest,
} from "../../src/taskpane/model/analyser";
import { EMPTY_VIEW, type WorkbookView } from "../../src/taskpane/model/analyse";
import { DEFAULT_MEASURING } from "../../src/core/scales/measuring";
import type { SheetData } from "../../src/core/sheet/sheetData";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { samplePath } from "../support/samples";

/** A worker as the page sees one, doing answerRequest on its own copy (structured clone). */
class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  requests: AnalyseRequest[] = [];
  private state: WorkbookView = EMPTY_VIEW;
  postMessage(request: AnalyseRequest) {
    this.requests.push(request);
    const copy = structuredClone(request);
    setTimeout(() => {
      const answer = answerRequest(this.state, copy);
      this.state = answer.state;
      this.onmessage?.({ data: structuredClone(answer.reply) });
    }, 0);
  }
  boot() {
    this.onmessage?.({ data: { id: 0, ready: true } });
  }
  terminate() {}
}

/** What the pane shows of a view: matrices, their counts, near misses, writability. */
const shown = (v: WorkbookView) => ({
  sheets: v.sheets?.map((s) => s.name),
  entries: v.entries.map((e) => e.id),
  // By id: the pane looks reports up by entry, in the entries' order.
  counts: [...v.reports].map(([id, r]) => [id, r.counts]).sort(),
  near: [...v.nearMisses],
  empty: v.emptySheets,
  writable: v.writable,
});

async function workbook(): Promise<SheetData[]> {
  const a = await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"));
  const b = await openWorkbook(samplePath("lares-poi-2025-s1.xlsx"));
  return [...a.sheets, ...b.sheets];
}

/** A full read, an edit of one sheet, then another scale: the views after each step. */
async function session(worker: FakeWorker | null, bootAfter = 0, attachLater = false) {
  const sheets = await workbook();
  const analyser = createAnalyser(attachLater ? null : (worker as unknown as Worker));
  if (worker && bootAfter === 0) worker.boot();
  const views = [await analyser.run(sheets, false, DEFAULT_MEASURING)];
  // As the pane does: the worker started only after the first count is painted.
  if (attachLater) analyser.attach(worker as unknown as Worker);
  if (worker && bootAfter === 1) worker.boot();
  const edited = structuredClone(sheets[0]!);
  edited.rows[20] = [...(edited.rows[20] ?? [])];
  edited.rows[20]![3] = 0;
  views.push(await analyser.run([edited], true, DEFAULT_MEASURING));
  const byPeriod = { ...DEFAULT_MEASURING, tope: false };
  views.push(await analyser.run(null, false, byPeriod));
  return views.map(shown);
}

describe("the pane's analyser: the same view in its worker and in the page", () => {
  it("full read, an edited sheet, a new measuring choice: worker and page agree", async () => {
    const page = await session(null);
    const worker = new FakeWorker();
    expect(await session(worker)).toEqual(page);
    // The edit sent one sheet; the new measuring choice sent none.
    expect(worker.requests.map((r) => [r.read?.length ?? null, r.partial])).toEqual([
      [page[0]!.sheets!.length, false],
      [1, true],
      [null, false],
    ]);
    expect(page[1]).not.toEqual(page[0]);
  });

  it("a worker still loading leaves the first count to the page, then gets every sheet", async () => {
    const page = await session(null);
    const worker = new FakeWorker();
    expect(await session(worker, 1)).toEqual(page);
    expect(worker.requests[0]?.partial).toBe(false);
    expect(worker.requests[0]?.read?.length).toBe(page[0]!.sheets!.length);
  });

  it("a worker attached after the first count gets every sheet, then only the edits", async () => {
    const page = await session(null);
    const worker = new FakeWorker();
    expect(await session(worker, 1, true)).toEqual(page);
    expect(worker.requests.map((r) => [r.read?.length ?? null, r.partial])).toEqual([
      [page[0]!.sheets!.length, false],
      [null, false],
    ]);
  });

  it("a worker that fails to load: the page does the work", async () => {
    const page = await session(null);
    const worker = new FakeWorker();
    const views = session(worker, 2);
    worker.onerror?.();
    expect(await views).toEqual(page);
    expect(worker.requests).toEqual([]);
  });
});
