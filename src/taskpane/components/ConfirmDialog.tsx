import { useEffect, useRef, type ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
  /** The confirm button stays disabled (while there are errors, or while working). */
  confirmDisabled?: boolean;
  /** Another action between confirm and Cancelar. */
  extraAction?: ReactNode;
  /** Why the confirm button is disabled, said beside it (and read with it). */
  confirmNote?: string | null;
  /** A destructive action opens with the focus on Cancelar, not on the action. */
  focusCancel?: boolean;
}

/**
 * A modal that says what is about to happen; focus moves into it, and Esc or Cancelar closes it.
 * The pane puts the focus back on the button that opened it (App's useReturnFocus).
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
  confirmDisabled = false,
  extraAction,
  confirmNote = null,
  focusCancel = false,
}: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusCancel) return;
    // After the dialog's own first-element focus, which runs in its children's effects.
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [focusCancel]);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface style={{ maxWidth: "calc(100vw - 24px)" }}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {children}
            {confirmNote && (
              <p id="confirmar-motivo" role="note">
                {confirmNote}
              </p>
            )}
          </DialogContent>
          <DialogActions fluid>
            <Button
              appearance="primary"
              disabled={confirmDisabled}
              aria-describedby={confirmNote ? "confirmar-motivo" : undefined}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
            {extraAction}
            <Button ref={cancel} onClick={onCancel}>
              Cancelar
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
