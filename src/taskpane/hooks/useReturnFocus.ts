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
    // After the dialog's exit: its focus trap (tabster's modalizer) lets go only once the dialog
    // has left the page, and tabster's root notices the focus left it one task later. Focusing
    // before that leaves tabster's focus guards tabbable on the page body.
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const focus = () => {
      if (!target.isConnected || target.matches(":disabled")) return;
      trigger.current = null;
      target.focus();
    };
    const wait = () => {
      if (document.querySelector("[role=dialog], [role=alertdialog]") && tries++ < 120) {
        frame = requestAnimationFrame(wait);
        return;
      }
      timer = setTimeout(focus, 20);
    };
    frame = requestAnimationFrame(wait);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });

  return remember;
}
