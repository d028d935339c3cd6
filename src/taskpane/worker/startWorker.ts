import { startStep } from "../model/timing";

/**
 * The pane's analysis worker (webpack bundles analyseWorker.ts as its own file from the
 * `new Worker(new URL(…))` below); null where the page has no workers (tests in jsdom) or cannot
 * start one. The pane starts it only after its first result is painted: loading it (the core's
 * rules and zod) would otherwise compete with the first load for the machine's cores.
 */
export function startAnalyseWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    startStep("trabajador");
    return new Worker(new URL("./analyseWorker.ts", import.meta.url));
  } catch {
    return null;
  }
}

/** Runs `task` once the page is idle (after the paint in progress), or soon where it never is. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 100);
  return () => clearTimeout(id);
}
