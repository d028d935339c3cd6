import { configure } from "@testing-library/react";

/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to pick its layout. */
class ResizeObserverShim {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const win = globalThis as unknown as {
  ResizeObserver?: unknown;
  window?: { ResizeObserver?: unknown };
};
win.ResizeObserver ??= ResizeObserverShim;
if (win.window) win.window.ResizeObserver ??= ResizeObserverShim;

// The pane's tests wait for what it shows after reading and validating; on a shared 2-core
// machine under load that can take longer than Testing Library's 1 s default (App.test.tsx timed
// out at «Validando las matrices…»). A longer wait changes no assertion, only how long a find
// may retry before failing.
configure({ asyncUtilTimeout: 10_000 });
