// @vitest-environment jsdom
import "../support/jsdomShims";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { WorkbookStop } from "../../src/core/port/workbookPort";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import type { SheetData } from "../../src/core/sheet/sheetData";
import { samplePath } from "../support/samples";
import { FakePort } from "../support/fakePort";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";

let lares: SheetData[];
beforeAll(async () => {
  lares = (await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"))).sheets.filter(
    (s) => s.name !== "Reporte aplicativo"
  );
});
afterEach(() => cleanup());

function show(port: FakePort | null, problem: string | null = null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} problem={problem} debounceMs={5} />
    </FluentProvider>
  );
}

const opened = () =>
  screen.findByRole("heading", { name: /1 matriz encontrada/ }, { timeout: 5000 });

/** A settings sheet that chose «funciones del libro». */
const LIBRO_SETTINGS: SheetData = {
  name: "Semaforo_Ajustes",
  rows: [
    ["clave", "valor"],
    ["modo", "libro"],
  ],
  merges: [],
};

describe("task pane with a fake workbook", () => {
  it("outside Excel, says how to open it; on a host too old, says why", () => {
    show(null);
    expect(screen.getByText(/Abra este panel desde Excel/)).toBeTruthy();
    cleanup();
    show(null, "Esta versión de Excel no admite ExcelApi 1.8");
    expect(screen.getByRole("alert").textContent).toContain("no admite ExcelApi 1.8");
  });

  it("shows the result first: matrices, errors and each matrix's levels", async () => {
    show(new FakePort(lares));
    const heading = await opened();
    expect(heading.textContent).toBe("1 matriz encontrada · ninguna con errores");
    const summary = heading.closest("section") as HTMLElement;
    const legend = within(summary)
      .getAllByRole("listitem")
      .slice(1)
      .map((li) => li.textContent);
    // The same counts as `semaforo check` prints for this file (Malo 20 · Regular 4 · Bueno 36).
    expect(legend).toEqual(["Malo 20", "Regular 4", "Bueno 36", "Sin dato 0"]);
  });

  it("findings come as a worklist, errors first: one row per rule and cause, cells on demand", async () => {
    const port = new FakePort(lares);
    show(port);
    await screen.findByRole("heading", {
      name: /Sin errores: 0 errores, 6 advertencias, 2 avisos/,
    });
    fireEvent.click(screen.getByRole("button", { name: "2 avisos" }));
    const list = screen.getByRole("list", { name: "Hallazgos por regla" });
    const rows = within(list).getAllByRole("listitem");
    // 8 findings, fewer rows: what repeats is one row with its count and ranges.
    expect(rows.length).toBeLessThan(8);
    const folded = within(list)
      .getAllByRole("button")
      .find((b) => b.getAttribute("aria-expanded") === "false") as HTMLElement;
    expect(folded.textContent).toMatch(/^▲\d+ · /);
    fireEvent.click(folded);
    expect(folded.getAttribute("aria-expanded")).toBe("true");
    const cell = within(list).getAllByRole("button", { name: /^Tabla 3!F\d+ / })[0]!;
    fireEvent.click(cell);
    const address = /!(F\d+)/.exec(cell.textContent ?? "")?.[1];
    await waitFor(() => expect(port.selected).toEqual([{ sheet: "Tabla 3", address }]));
  });

  it("«Ir a la primera» and «Siguiente» walk the listed cells in order", async () => {
    const port = new FakePort(lares);
    show(port);
    await opened();
    const next = screen.getByRole("button", { name: "Siguiente" });
    fireEvent.click(screen.getByRole("button", { name: "Ir a la primera" }));
    for (let i = 0; i < 5; i++) fireEvent.click(next);
    await waitFor(() => expect(port.selected).toHaveLength(6));
    expect(new Set(port.selected.map((s) => s.address)).size).toBe(6);
    expect(screen.getByText(/^Tabla 3!\w+ · 6 de 6 celdas$/)).toBeTruthy();
    expect((next as HTMLButtonElement).disabled).toBe(true);
  });

  it("the severity filter hides and shows findings", async () => {
    show(new FakePort(lares));
    await opened();
    const list = () => screen.getByRole("list", { name: "Hallazgos por regla" });
    const icons = () =>
      within(list())
        .queryAllByText(/^[▲●✖]$/)
        .map((i) => i.textContent);
    expect(new Set(icons())).toEqual(new Set(["▲"]));
    fireEvent.click(screen.getByRole("button", { name: "2 avisos" }));
    expect(new Set(icons())).toEqual(new Set(["▲", "●"]));
    fireEvent.click(screen.getByRole("button", { name: "6 advertencias" }));
    expect(new Set(icons())).toEqual(new Set(["●"]));
  });

  it("a dialog names the targets; Esc cancels, Escribir writes with the cells it saw", async () => {
    const port = new FakePort(lares);
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Calcular y pintar" }));
    const dialog = await screen.findByRole("dialog", { name: "Antes de escribir" });
    expect(dialog.textContent).toContain(
      "«Tabla 3», columna G: 60 fórmulas y el semáforo en 60 celdas."
    );
    expect(dialog.textContent).toContain("Escala CEPLAN semestral 30 / 50 (");
    fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(port.applied).toEqual([]);
    // Like a browser, tabster gives the pane back to the accessibility tree shortly after the
    // dialog has gone (it had hidden it, aria-hidden, while the dialog was open).
    fireEvent.click(await screen.findByRole("button", { name: "Crear resumen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    const done = await screen.findByText("Listo");
    expect(done.parentElement?.textContent).toMatch(
      /Se escribieron 60 fórmulas con su semáforo en «Tabla 3» \(columna G\)\. Escala CEPLAN semestral 30 \/ 50 \(.*\)\. La hoja «Resumen Semáforo» está al día\./
    );
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]?.sheets.map((s) => s.name)).toEqual([
      "Resumen Semáforo",
      "Semaforo_Ajustes",
    ]);
  });

  it("a cell the planner typed into after preparing stops the write", async () => {
    const port = new FakePort(lares);
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("switch", { name: "Revalidar al editar" }));
    fireEvent.click(screen.getByRole("button", { name: "Calcular y pintar" }));
    await screen.findByRole("dialog");
    port.edit("Tabla 3", "G6", 55);
    fireEvent.click(screen.getByRole("button", { name: "Escribir" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Los datos cambiaron");
    expect(port.applied).toEqual([]);
  });

  it("Excel's refusals arrive as the port's Spanish sentence, never in English", async () => {
    const port = new FakePort(lares);
    port.failApply = new WorkbookStop(
      "rolled-back",
      "Excel no pudo completar la operación. Semáforo deshizo lo que había escrito."
    );
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Calcular y pintar" }));
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("No se pudo escribir");
    expect(alert.textContent).toContain("Semáforo deshizo lo que había escrito");
    cleanup();
    port.failApply = new Error("RichApi.Error: The request payload size has exceeded the limit.");
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Calcular y pintar" }));
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    const other = await screen.findByRole("alert");
    expect(other.textContent).not.toMatch(/RichApi|payload/);
    expect(other.textContent).toContain("no se cambió nada");
  });

  it("after an edit re-reads only the edited sheet (debounced); not at all once switched off", async () => {
    const port = new FakePort(lares);
    show(port);
    await opened();
    await waitFor(() => expect(port.listening).toBe(1));
    const before = port.reads.length;
    port.edit("Tabla 3", "D7");
    port.edit("Tabla 3", "D8");
    await waitFor(() => expect(port.reads.length).toBe(before + 1));
    expect(port.reads.at(-1)).toEqual(["Tabla 3"]);
    await screen.findByRole("heading", { name: /1 matriz encontrada/ });
    fireEvent.click(screen.getByRole("switch", { name: "Revalidar al editar" }));
    await waitFor(() => expect(port.listening).toBe(0));
    port.edit("Tabla 3", "D9");
    await new Promise((r) => setTimeout(r, 30));
    expect(port.reads.length).toBe(before + 1);
  });

  it("counts with the chosen period at once, and with a saved period from the first paint", async () => {
    // What `semaforo check --periodo anual` counts for the same matrix: the pane must agree.
    const sheet = lares.find((s) => s.name === "Tabla 3")!;
    const anual = checkSheet(sheet, { ...DEFAULT_CHECK_OPTIONS, period: "anual" }).matrices[0]!;
    const expected = ["Malo", "Regular", "Bueno", "Sin dato"].map(
      (l) => `${l} ${anual.results.filter((r) => r.level === l).length}`
    );
    expect(expected).not.toEqual(["Malo 20", "Regular 4", "Bueno 36", "Sin dato 0"]);
    const legendOf = (heading: HTMLElement) =>
      within(heading.closest("section") as HTMLElement)
        .getAllByRole("listitem")
        .slice(1)
        .map((li) => li.textContent);
    show(new FakePort(lares));
    await opened();
    fireEvent.click(screen.getByRole("combobox", { name: "Periodo" }));
    fireEvent.click(await screen.findByRole("option", { name: "Anual" }));
    await waitFor(() =>
      expect(legendOf(screen.getByRole("heading", { name: /1 matriz/ }))).toEqual(expected)
    );
    cleanup();
    const saved: SheetData = {
      name: "Semaforo_Ajustes",
      rows: [
        ["clave", "valor"],
        ["escala", "periodo"],
        ["periodo", "anual"],
        ["modo", "personalizadas"],
      ],
      merges: [],
    };
    show(new FakePort([...lares, saved]));
    // The first counts shown already use the saved period (no «Validar todo» needed).
    expect(legendOf(await opened())).toEqual(expected);
  });

  it("a custom scale stored in the workbook is the one reloaded, written and recorded again", async () => {
    const own = "Crítico:0,En proceso:60,Logrado:90";
    const settings: SheetData = {
      name: "Semaforo_Ajustes",
      rows: [
        ["clave", "valor"],
        ["escala", own],
        ["modo", "personalizadas"],
      ],
      merges: [],
    };
    const port = new FakePort([...lares, settings]);
    show(port);
    await screen.findByDisplayValue("En proceso");
    fireEvent.click(screen.getByRole("button", { name: "Calcular y pintar" }));
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    await screen.findByText("Listo");
    const plan = port.applied[0];
    expect(plan?.settings.escala).toBe(own);
    expect(plan?.formats[0]?.rules.map((r) => r.label)).toEqual([
      "Crítico",
      "En proceso",
      "Logrado",
      "Sin dato",
    ]);
  });

  it("«funciones del libro»: defines the names, asks before replacing the planner's, refuses without LAMBDA", async () => {
    const port = new FakePort([...lares, LIBRO_SETTINGS]);
    port.names.set("AVANCE_TIPO1", "=LAMBDA(x,x)");
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Calcular y pintar" }));
    const dialog = await screen.findByRole("dialog", { name: "Antes de escribir" });
    expect(dialog.textContent).toContain(
      "El libro ya tiene un nombre «AVANCE_TIPO1» con otra definición"
    );
    const box = screen.getByRole("checkbox", {
      name: "Reemplazar «AVANCE_TIPO1» por la función de Semáforo",
    });
    fireEvent.click(box);
    fireEvent.click(box);
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    await screen.findByText("Listo");
    // Not ticked: the planner's definition stays; the other function is added.
    expect(port.names.get("AVANCE_TIPO1")).toBe("=LAMBDA(x,x)");
    expect(port.names.get("PROMEDIO_AVANCE")).toMatch(/^=LAMBDA\(/);
    expect(port.applied[0]?.cells.some((c) => c.formula === "=AVANCE_TIPO1(E7,D7)")).toBe(true);
    // The pane re-reads the workbook after writing; the next round starts once it has.
    const calcular = await screen.findByRole("button", { name: "Calcular y pintar" });
    await waitFor(() => expect((calcular as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(calcular);
    fireEvent.click(
      await screen.findByRole("checkbox", {
        name: "Reemplazar «AVANCE_TIPO1» por la función de Semáforo",
      })
    );
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    await waitFor(() =>
      expect(port.names.get("AVANCE_TIPO1")).toMatch(/^=LAMBDA\(valor_obtenido,/)
    );

    port.lambda = false;
    await waitFor(() => expect((calcular as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(calcular);
    expect(await screen.findByText("Este Excel no tiene funciones del libro")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("«funciones del libro»: a failed write takes back the names it defined or replaced", async () => {
    const port = new FakePort([...lares, LIBRO_SETTINGS]);
    port.names.set("AVANCE_TIPO1", "=LAMBDA(x,x)");
    port.failApply = new WorkbookStop("rolled-back", "Excel falló a mitad de la escritura.");
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Calcular y pintar" }));
    fireEvent.click(
      await screen.findByRole("checkbox", {
        name: "Reemplazar «AVANCE_TIPO1» por la función de Semáforo",
      })
    );
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    expect(await screen.findByText(/Excel falló a mitad de la escritura/)).toBeTruthy();
    expect(port.applied).toHaveLength(0);
    // The planner's definition is back; the function this run added is gone.
    expect(port.names.get("AVANCE_TIPO1")).toBe("=LAMBDA(x,x)");
    expect(port.names.has("PROMEDIO_AVANCE")).toBe(false);
    expect(port.names.size).toBe(1);
  });

  it("the scale editor shows errors at the field and blocks writing until fixed", async () => {
    const port = new FakePort(lares);
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("combobox", { name: "Escala del semáforo" }));
    fireEvent.click(await screen.findByRole("option", { name: "Escala propia" }));
    const minimum = [1, 2, 3].map((n) =>
      screen.getByRole("textbox", { name: `Desde (%) del nivel ${n}` })
    );
    fireEvent.change(minimum[1]!, { target: { value: "95" } });
    fireEvent.change(minimum[2]!, { target: { value: "40" } });
    expect(
      screen.getByText("El mínimo del nivel 3 (40) debe ser mayor que el del nivel 2 (95).")
    ).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Nivel 2" }), { target: { value: " " } });
    expect(screen.getByText("El nivel 2 no tiene etiqueta.")).toBeTruthy();
    const write = screen.getByRole("button", { name: "Calcular y pintar" });
    expect((write as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "Nivel 2" }), {
      target: { value: "Medio" },
    });
    fireEvent.change(minimum[2]!, { target: { value: "98" } });
    expect((write as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByText("Medio: 95–98 %")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /sobre-ejecución/ }));
    fireEvent.click(write);
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    await screen.findByText("Listo");
    // Saved exactly as chosen, in the text form the settings sheet and --escala share.
    expect(port.applied[0]?.settings.escala).toBe("Bajo:0,Medio:95,Alto:98,Sobre-ejecución>100");
  });

  it("«Quitar» removes what the settings list, sparing cells typed over since", async () => {
    const settings: SheetData = {
      name: "Semaforo_Ajustes",
      rows: [
        ["clave", "valor"],
        ["escala", "periodo"],
        ["celdas", "'Tabla 3'!G4;'Tabla 3'!G6:G8"],
      ],
      merges: [],
    };
    const tabla = lares.find((s) => s.name === "Tabla 3")!;
    const formulas = new Map([
      ["G6", "=PLAN.PROMEDIO_AVANCE(G7:G8)"],
      ["G8", "=PLAN.AVANCE_TIPO1(E8,D8)"],
    ]);
    const rows = tabla.rows.map((r) => [...(r ?? [])]);
    rows[3]![6] = "Avance calculado (%)";
    rows[6]![6] = 70; // typed by the planner over Semáforo's formula
    const port = new FakePort([
      ...lares.filter((s) => s !== tabla),
      { ...tabla, rows, formulas },
      settings,
    ]);
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Quitar" }));
    const dialog = await screen.findByRole("dialog", { name: "Quitar lo escrito por Semáforo" });
    expect(dialog.textContent).toContain(
      "Se dejará 1 celda donde usted escribió después: Tabla 3!G7."
    );
    expect(dialog.textContent).toContain("Se conservan las columnas que usted definió");
    // The destructive button is never the first focus.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancelar" }))
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Quitar" }));
    await screen.findByText("Se quitó lo escrito por Semáforo");
    expect(port.removed[0]?.cells.map((c) => c.address)).toEqual(["G4", "G6", "G8"]);
    // The configuración stays: the settings sheet is rewritten with nothing listed as Semáforo's.
    expect(port.removed[0]?.sheets).toEqual([]);
    expect(port.kept[0]).toMatchObject({ escala: "periodo", celdas: [], nombres: [] });
  });

  it("«Quitar» with «también la configuración» removes the settings sheet too", async () => {
    const settings: SheetData = {
      name: "Semaforo_Ajustes",
      rows: [
        ["clave", "valor"],
        ["escala", "periodo"],
        ["celdas", ""],
      ],
      merges: [],
    };
    const port = new FakePort([...lares, settings]);
    show(port);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Quitar" }));
    const dialog = await screen.findByRole("dialog", { name: "Quitar lo escrito por Semáforo" });
    const quitar = within(dialog).getByRole("button", { name: "Quitar" }) as HTMLButtonElement;
    // Only the configuración is there: nothing to do unless the planner asks for it.
    expect(quitar.disabled).toBe(true);
    expect(dialog.textContent).toContain("No queda nada calculado por Semáforo");
    fireEvent.click(within(dialog).getByRole("checkbox", { name: /también la configuración/ }));
    expect(quitar.disabled).toBe(false);
    fireEvent.click(quitar);
    await screen.findByText("Se quitó la configuración");
    expect(port.removed[0]?.sheets).toEqual(["Semaforo_Ajustes"]);
    expect(port.kept[0]).toBeNull();
  });
});
