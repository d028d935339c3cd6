// @vitest-environment jsdom
import "../support/jsdomShims";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { readSettings } from "../../src/core/plan/settings";
import { WorkbookStop } from "../../src/core/port/workbookPort";
import { FakePort } from "../support/fakePort";
import { sheetOf } from "../support/grid";
import { UNUSUAL_POI_ROWS } from "../support/unusualPoi";

afterEach(() => cleanup());

const poi = () => new FakePort([sheetOf(UNUSUAL_POI_ROWS, "POI 2026")]);
function show(port: FakePort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} debounceMs={5} />
    </FluentProvider>
  );
}
// By label, not by role: role queries compute every option's name and are slow in jsdom.
const role = (column: string) => screen.getByLabelText(new RegExp(`^${column} · `));
const pick = (column: string, value: string) =>
  fireEvent.change(role(column), { target: { value } });

/** Opens «Definir columnas» from the near-miss, gives LABOR the task role and saves. */
async function defineTaskAndSave() {
  const open = { name: "Definir columnas de «POI 2026»" };
  fireEvent.click(await screen.findByRole("button", open, { timeout: 5000 }));
  pick("D", "tarea");
  fireEvent.click(screen.getByRole("button", { name: "Guardar columnas" }));
  // The dialog closes with an exit transition; the next one must not be confused with it.
  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
}

describe("«Definir columnas» in the task pane", () => {
  it("a near-miss sheet says why, and a defined map is saved and used by the next scan", async () => {
    const port = poi();
    show(port);
    const title = await screen.findByText("«POI 2026» casi es una matriz", {}, { timeout: 5000 });
    const bar = title.closest("[role=group]") ?? (title.parentElement as HTMLElement);
    expect(bar.textContent).toMatch(/La fila 2 parece el encabezado.*le falta «Tarea»/);
    fireEvent.click(screen.getByRole("button", { name: "Definir columnas de «POI 2026»" }));
    const dialog = await screen.findByRole("dialog");
    expect(
      (within(dialog).getByRole("textbox", { name: "Fila de los títulos" }) as HTMLInputElement)
        .value
    ).toBe("2");
    expect(
      within(dialog).getByText("Le falta «Tarea» para leerla como «POI por tareas (tabla plana)».")
    ).toBeTruthy();
    const save = within(dialog).getByRole("button", { name: "Guardar columnas" });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    pick("D", "tarea");
    pick("E", "tarea");
    expect(within(dialog).getByText(/«Tarea» ya es la columna D/)).toBeTruthy();
    pick("E", "unidadMedida");
    pick("C", "actividad");
    pick("R", "cantidadAnual");
    expect(within(dialog).getByText("Fila 3 · Actividad")).toBeTruthy();
    expect(within(dialog).getByText("Tarea: Visitas de campo")).toBeTruthy();
    fireEvent.click(save);
    await screen.findByText(/Se guardaron las columnas de «POI 2026»/);
    expect(port.savedMaps).toHaveLength(1);
    expect(readSettings(port.sheets)?.columnas).toEqual([
      expect.objectContaining({
        hoja: "POI 2026",
        tipo: "poi-tareas",
        columnas: expect.objectContaining({ C: "actividad", D: "tarea", R: "cantidadAnual" }),
      }),
    ]);
    await screen.findByRole("heading", { name: /1 matriz encontrada · 1 con errores/ });
    expect(screen.queryByText("«POI 2026» casi es una matriz")).toBeNull();
  });

  it("the saved map reopens from the matrix card and can be removed", async () => {
    const port = poi();
    show(port);
    await defineTaskAndSave();
    await screen.findByRole("heading", { name: /1 matriz encontrada/ });
    fireEvent.click(
      screen.getByRole("button", { name: /POI por tareas \(tabla plana\) · «POI 2026»/ })
    );
    expect(screen.getByText(/columnas definidas por usted/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Definir columnas de POI por tareas/ }));
    const dialog = await screen.findByRole("dialog");
    expect((role("D") as HTMLSelectElement).value).toBe("tarea");
    // Focus inside the dialog, as in a browser: jsdom's focus can stay on the card button, and
    // Fluent's focus trap then marks the dialog aria-hidden, hiding its buttons from role queries.
    role("D").focus();
    fireEvent.click(within(dialog).getByRole("button", { name: "Quitar las columnas guardadas" }));
    await screen.findByText(/Se quitaron las columnas definidas para «POI 2026»/);
    expect(readSettings(port.sheets)?.columnas).toEqual([]);
    await screen.findByText("«POI 2026» casi es una matriz");
  });

  it("a failed save says so in Spanish and the sheet stays as it was", async () => {
    const port = poi();
    port.saveColumnMaps = async () => {
      throw new WorkbookStop("protected", "El libro está protegido: Semáforo no puede guardar.");
    };
    show(port);
    await defineTaskAndSave();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/protegido/));
    expect(readSettings(port.sheets)).toBeNull();
  });

  it("any other sheet can be mapped by hand: the header row is chosen and checked at its field", async () => {
    const notes = sheetOf([["Notas de la oficina"], ["Uno", "Dos", "Tres"], ["a", 1, 2]], "Notas");
    show(new FakePort([sheetOf(UNUSUAL_POI_ROWS, "POI 2026"), notes]));
    const sheetList = await screen.findByLabelText("Hoja", {}, { timeout: 5000 });
    expect((sheetList as HTMLSelectElement).value).toBe("Notas");
    fireEvent.click(screen.getByRole("button", { name: "Definir columnas" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Dé un papel al menos a una columna.")).toBeTruthy();
    const row = within(dialog).getByLabelText("Fila de los títulos");
    fireEvent.change(row, { target: { value: "9" } });
    expect(
      within(dialog).getByText("La hoja tiene 3 filas: la fila 9 no tiene datos.")
    ).toBeTruthy();
    fireEvent.change(row, { target: { value: "2" } });
    expect(role("C")).toBeTruthy();
    expect(within(dialog).getByText("Corrija lo señalado para ver la vista previa.")).toBeTruthy();
    fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });
});
