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

/*
 * jsdom has no layout: every element's offsetParent is null and the body is a 0×0 box, so tabster
 * (Fluent's focus manager) takes every element for invisible. A dialog then finds nothing to focus
 * first, focuses its own surface before tabster has registered its focus trap, and the trap never
 * becomes active; tabster's next DOM update (250 ms after any change) marks the inactive trap
 * aria-hidden, and the dialog's buttons leave the accessibility tree. A test that reached its
 * dialog within those 250 ms passed, a slower one did not. In a browser the first checkbox or
 * button takes the focus and the trap is active: give tabster the layout facts it checks.
 */
const proto = (globalThis as { HTMLElement?: typeof HTMLElement }).HTMLElement?.prototype;
if (proto) {
  Object.defineProperty(proto, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      // As a browser: none for a detached, hidden, fixed or root element; else (simplified) the body.
      const doc = this.ownerDocument;
      if (!this.isConnected || this === doc.body || this === doc.documentElement) return null;
      if (this.closest("[hidden]")) return null;
      const style = doc.defaultView?.getComputedStyle(this);
      if (style?.display === "none" || style?.position === "fixed") return null;
      return doc.body;
    },
  });
  const bodyProto = (globalThis as { HTMLBodyElement?: typeof HTMLBodyElement }).HTMLBodyElement
    ?.prototype;
  if (bodyProto) {
    // The pane's width (Excel's default task pane) and a screen's height.
    bodyProto.getBoundingClientRect = () => new DOMRect(0, 0, 350, 768);
  }
}

// The pane's tests wait for what it shows after reading and validating; on a shared 2-core
// machine under load that can take longer than Testing Library's 1 s default (App.test.tsx timed
// out at «Validando las matrices…»). A longer wait changes no assertion, only how long a find
// may retry before failing.
configure({ asyncUtilTimeout: 10_000 });
