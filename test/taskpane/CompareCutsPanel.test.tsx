// @vitest-environment jsdom
import "../support/jsdomShims";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CompareCutsPanel } from "../../src/taskpane/components/CompareCutsPanel";
import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import { CUT_FEBRUARY, CUT_MAY, exportSheet } from "../support/cutFixtures";

afterEach(() => cleanup());

describe("«Comparar con otro corte» in the pane", () => {
  it("compares two sheets of the workbook as `semaforo comparar` compares two files", () => {
    const sheets = [exportSheet("POI febrero", CUT_FEBRUARY), exportSheet("POI mayo", CUT_MAY)];
    render(
      <FluentProvider theme={webLightTheme}>
        <CompareCutsPanel sheets={sheets} scale={PERIOD_CHOICE} />
      </FluentProvider>
    );
    const button = screen.getByRole("button", { name: "Comparar" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Corte anterior"), { target: { value: "POI febrero" } });
    fireEvent.change(screen.getByLabelText("Corte actual"), { target: { value: "POI mayo" } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    const status = screen.getByRole("status");
    expect(status.textContent).toContain(
      "4 con cambios (2 reprogramados), 1 nuevo, 1 retirado, 2 sin cambios."
    );
    const worse = within(status).getByRole("list", { name: "Empeoró" });
    expect(worse.textContent).toBe("AOI00012700429 · 99 % Bueno → 82 % Regular");
    const better = within(status).getByRole("list", { name: "Mejoró" });
    expect(better.textContent).toContain("reprogramado: F(RE) de marzo y mayo");
    expect(status.textContent).toContain("Nuevos: AOI00012700435");
    expect(status.textContent).toContain("Retirados: AOI00012700434");
  });
});
