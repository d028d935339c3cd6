let early: Worker | null | undefined;

function newWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./analyseWorker.ts", import.meta.url));
  } catch {
    return null;
  }
}

/** Starts the worker as the page loads, so it is ready when the first sheets have been read. */
export function prestartAnalyseWorker(): void {
  early ??= newWorker();
}

/**
 * The pane's analysis worker (webpack bundles analyseWorker.ts as its own file from the
 * `new Worker(new URL(…))` above): the one started early if unused, else a new one; null where the
 * page has no workers (tests in jsdom) or cannot start one.
 */
export function startAnalyseWorker(): Worker | null {
  const w = early;
  early = null;
  return w ?? newWorker();
}
