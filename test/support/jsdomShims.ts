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
