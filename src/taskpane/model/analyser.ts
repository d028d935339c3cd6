import type { Measuring } from "../../core/scales/measuring";
import type { SheetData } from "../../core/sheet/sheetData";
import { analyse, EMPTY_VIEW, mergeSheets, type WorkbookView } from "./analyse";
import { endStep } from "./timing";

/** What the page asks the worker: validate the sheets just read (null: the held ones again). */
export interface AnalyseRequest {
  id: number;
  read: SheetData[] | null;
  /** Only these sheets changed: the rest of the last view is kept. */
  partial: boolean;
  measuring: Measuring;
}

/** The worker's answer: the view without its sheets (the page has them), or why it failed. */
export type AnalyseReply =
  { id: number; view: WorkbookView } | { id: number; error: string } | { id: 0; ready: true };

/** The work of one request over the last view (the worker's, or the page's own). */
export function answerRequest(
  state: WorkbookView,
  { id, read, partial, measuring }: AnalyseRequest
): { state: WorkbookView; reply: AnalyseReply } {
  try {
    const base =
      read === null ? { ...EMPTY_VIEW, sheets: state.sheets } : partial ? state : EMPTY_VIEW;
    const next = analyse(base, read ?? state.sheets ?? [], measuring);
    return { state: next, reply: { id, view: { ...next, sheets: null } } };
  } catch (e) {
    return { state, reply: { id, error: e instanceof Error ? e.message : String(e) } };
  }
}

/** Detects and validates what the pane read: in its worker once that has loaded, else in the page. */
export interface Analyser {
  run(read: SheetData[] | null, partial: boolean, measuring: Measuring): Promise<WorkbookView>;
  /** Hands it a worker started later (after the first paint): the page works until it loads. */
  attach(worker: Worker | null): void;
  dispose(): void;
}

/**
 * An analyser over `worker` (null: in the page until one is attached). Work asked before the worker has loaded
 * is done in the page (a worker still loading would only make the first count wait); the first
 * request sent to the worker then carries every sheet. If the worker fails to load or breaks,
 * the page takes over for good. The page yields before its own work, so the progress paints.
 */
export function createAnalyser(worker: Worker | null): Analyser {
  let sheets: SheetData[] | null = null;
  let inPage: WorkbookView = EMPTY_VIEW;
  let ready = false;
  /** Whether the worker holds the current sheets (false until it is sent all of them). */
  let synced = false;
  let next = 0;
  const waiting = new Map<number, { ok: (v: WorkbookView) => void; fail: (e: Error) => void }>();

  /** Whether the page's own view is the latest (false once the worker has done a request). */
  let pageFresh = true;
  const runInPage = async (request: AnalyseRequest) => {
    await new Promise((r) => setTimeout(r, 0));
    // A new measuring choice, or a view left behind by the worker: every held sheet again.
    const whole = !pageFresh || request.read === null;
    const answer = answerRequest(
      inPage,
      whole ? { ...request, read: sheets ?? [], partial: false } : request
    );
    if ("error" in answer.reply) throw new Error(answer.reply.error);
    inPage = answer.state;
    pageFresh = true;
    synced = false;
    return inPage;
  };
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    for (const [, w] of waiting) w.fail(new Error("worker"));
    waiting.clear();
  };
  const connect = (w: Worker) => {
    worker = w;
    w.onmessage = (event: MessageEvent<AnalyseReply>) => {
      const reply = event.data;
      if ("ready" in reply) {
        ready = true;
        endStep("trabajador", true);
        return;
      }
      const w = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ("error" in reply) w?.fail(new Error(reply.error));
      else w?.ok(reply.view);
    };
    w.onerror = giveUp;
  };
  let disposed = false;
  if (worker) connect(worker);

  return {
    async run(read, partial, measuring) {
      if (read) sheets = mergeSheets(partial ? sheets : null, read);
      const held = sheets;
      const id = ++next;
      if (!held) return EMPTY_VIEW;
      if (!worker || !ready) return runInPage({ id, read, partial, measuring });
      const request: AnalyseRequest = synced
        ? { id, read, partial, measuring }
        : { id, read: held, partial: false, measuring };
      synced = true;
      pageFresh = false;
      try {
        const view = await new Promise<WorkbookView>((ok, fail) => {
          waiting.set(id, { ok, fail });
          worker?.postMessage(request);
        });
        return { ...view, sheets: held };
      } catch (e) {
        synced = false;
        if (worker) throw e;
        // The worker could not load or broke: the page validates everything it holds.
        return runInPage({ id, read: held, partial: false, measuring });
      }
    },
    attach(w) {
      if (!w) return;
      if (disposed || worker) w.terminate();
      else connect(w);
    },
    dispose: () => {
      disposed = true;
      worker?.terminate();
    },
  };
}
