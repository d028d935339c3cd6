// @vitest-environment jsdom
import "./jsdomShims";
import { afterEach, expect, it } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { Checkbox, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ConfirmDialog } from "../../src/taskpane/components/ConfirmDialog";

afterEach(() => cleanup());

// Without the layout shims tabster finds nothing visible: the dialog focuses its own surface, its
// focus trap never becomes active, and tabster later hides the whole dialog (aria-hidden) — the
// pane tests then failed or passed depending on how fast the machine was.
it("a dialog in jsdom puts the focus on its first control, as in a browser", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <ConfirmDialog
        title="Antes de escribir"
        confirmLabel="Escribir"
        onConfirm={() => {}}
        onCancel={() => {}}
      >
        <Checkbox label="Reemplazar" />
      </ConfirmDialog>
    </FluentProvider>
  );
  const dialog = await screen.findByRole("dialog", { name: "Antes de escribir" });
  const box = screen.getByRole("checkbox", { name: "Reemplazar" });
  await waitFor(() => expect(document.activeElement).toBe(box));
  expect(dialog.getAttribute("aria-hidden")).toBeNull();
});
