/*
 * User Timing marks of the pane's own steps (reading, validating, painting), kept in the page
 * (performance.getEntriesByType("measure")) for scripts/bench-pane.js and the browser's profiler.
 * Nothing leaves the page.
 */

const PREFIX = "semaforo:";

/** Marks the start of a step. */
export function startStep(step: string): void {
  globalThis.performance?.mark?.(`${PREFIX}${step}-inicio`);
}

/** Measures a step from its start mark; a step measured once (the first load) is not again. */
export function endStep(step: string, once = false): void {
  const perf = globalThis.performance;
  if (!perf?.measure || !perf.getEntriesByName(`${PREFIX}${step}-inicio`).length) return;
  if (once && perf.getEntriesByName(`${PREFIX}${step}`).length) return;
  perf.measure(`${PREFIX}${step}`, `${PREFIX}${step}-inicio`);
}
