// @vitest-environment jsdom
import "../support/jsdomShims";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import type { SheetData } from "../../src/core/sheet/sheetData";
import { samplePath } from "../support/samples";
import { FakePort } from "../support/fakePort";

let lares: SheetData[];
beforeAll(async () => {
  lares = (await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"))).sheets.filter(
    (s) => s.name !== "Reporte aplicativo"
  );
});
afterEach(() => cleanup());

function show(port: FakePort | null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} debounceMs={5} />
    </FluentProvider>
  );
}

describe("task pane with a fake workbook", () => {
  it("outside Excel, says how to open it", () => {
    show(null);
    expect(screen.getByText(/Abra este panel desde Excel/)).toBeTruthy();
  });

  it("lists the detected matrix, validates, and selects a finding's cell", async () => {
    const port = new FakePort(lares);
    show(port);
    await screen.findByText("Seguimiento PEI");
    expect(screen.getByText(/Sin matrices de planeamiento: «Resumen OEI»/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Validar todo" }));
    await screen.findByRole("heading", {
      name: /Sin errores: 0 errores, 6 advertencias, 2 avisos/,
    });
    fireEvent.click(screen.getByRole("button", { name: /Ir a Tabla 3!F9:/ }));
    await waitFor(() => expect(port.selected).toEqual([{ sheet: "Tabla 3", address: "F9" }]));
  });

  it("the severity filter hides and shows findings", async () => {
    show(new FakePort(lares));
    await screen.findByText("Seguimiento PEI");
    fireEvent.click(screen.getByRole("button", { name: "Validar todo" }));
    await screen.findByRole("heading", { name: /Sin errores/ });
    expect(screen.queryByText(/N2.texto/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "2 avisos" }));
    expect(screen.getByText(/N2.texto/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "6 advertencias" }));
    expect(screen.queryByText(/V13.avance/)).toBeNull();
  });

  it("shows what it will write before writing; Cancelar writes nothing, Escribir writes the plan", async () => {
    const port = new FakePort(lares);
    show(port);
    await screen.findByText("Seguimiento PEI");
    fireEvent.click(screen.getByRole("button", { name: "Calcular avance y aplicar semáforo" }));
    expect(
      await screen.findByText(/Se escribirán 60 fórmulas de avance y 5 bloques de semáforo/)
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancelar" }));
    expect(port.applied).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Crear resumen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    await screen.findByText("Listo");
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]?.sheets.map((s) => s.name)).toEqual([
      "Resumen Semáforo",
      "Semaforo_Ajustes",
    ]);
  });

  it("Excel's refusals are shown in Spanish, not swallowed", async () => {
    const port = new FakePort(lares);
    port.failApply = new Error("RequestPayloadSizeLimitExceeded");
    show(port);
    await screen.findByText("Seguimiento PEI");
    fireEvent.click(screen.getByRole("button", { name: "Calcular avance y aplicar semáforo" }));
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("No se pudo escribir");
    expect(alert.textContent).toContain(
      "Excel rechazó la operación: RequestPayloadSizeLimitExceeded"
    );
  });

  it("re-reads after a planner's edit (debounced), and not once live re-validation is off", async () => {
    const port = new FakePort(lares);
    show(port);
    await screen.findByText("Seguimiento PEI");
    await waitFor(() => expect(port.listening).toBe(1));
    const before = port.reads;
    port.edit("Tabla 3", "D7");
    port.edit("Tabla 3", "D8");
    await waitFor(() => expect(port.reads).toBe(before + 1));
    fireEvent.click(screen.getByRole("switch", { name: "Revalidar al editar" }));
    await waitFor(() => expect(port.listening).toBe(0));
    port.edit("Tabla 3", "D9");
    await new Promise((r) => setTimeout(r, 30));
    expect(port.reads).toBe(before + 1);
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
    await screen.findByText("Seguimiento PEI");
    await screen.findByDisplayValue("En proceso");
    fireEvent.click(screen.getByRole("button", { name: "Calcular avance y aplicar semáforo" }));
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
});
