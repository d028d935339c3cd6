import { useCallback, useEffect, useRef } from "react";

/**
 * Puts the focus back on the button that opened a dialog once the dialog is gone and the pane is
 * no longer busy (a button stays disabled while Semáforo writes, and a disabled button cannot take
 * the focus). Fluent's Dialog opened without a DialogTrigger does not do it itself: the focus would
 * fall to the page body, and the next Tab would start again at the top.
 */
export function useReturnFocus(open: boolean) {
  const trigger = useRef<HTMLElement | null>(null);

  /** Call when a dialog is about to open: the element that has the focus now gets it back. */
  const remember = useCallback(() => {
    const active = document.activeElement;
    trigger.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, []);

  useEffect(() => {
    if (open || !trigger.current) return;
    const target = trigger.current;
    // After the dialog's exit: its focus trap lets go once it has left the page.
    const frame = requestAnimationFrame(() => {
      if (!target.isConnected || target.matches(":disabled")) return;
      trigger.current = null;
      target.focus();
    });
    return () => cancelAnimationFrame(frame);
  });

  return remember;
}
