// @vitest-environment jsdom
import "../support/jsdomShims";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { checkSheet, countSeverities } from "../../src/core/check/checkSheets";
import { observationsOf } from "../../src/core/report/observations";
import { reportRow } from "../../src/core/report/reportRows";
import type { SheetData } from "../../src/core/sheet/sheetData";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { FakePort } from "../support/fakePort";
import { flatPoi } from "../support/flatPoi";
import { samplePath } from "../support/samples";

let lares: SheetData[];
let emsapuno: SheetData[];
beforeAll(async () => {
  lares = (await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"))).sheets.filter(
    (s) => s.name !== "Reporte aplicativo"
  );
  emsapuno = (await openWorkbook(samplePath("emsapuno-poi-2024.xlsx"))).sheets;
});
afterEach(() => cleanup());

function show(port: FakePort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} debounceMs={5} />
    </FluentProvider>
  );
}

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;

describe("the pane as a worklist", () => {
  it("states the same totals as `check`, cut findings included, and says how many it lists", async () => {
    const poi = flatPoi();
    const cli = countSeverities([checkSheet(poi)]);
    expect(cli.warnings).toBeGreaterThan(200); // the per-rule cap is really reached
    show(new FakePort([poi]));
    const heading = await screen.findByRole(
      "heading",
      { name: /^Hallazgos:/ },
      { timeout: 10_000 }
    );
    const n = (x: number) => x.toLocaleString("es-PE");
    expect(heading.textContent).toBe(
      `Hallazgos: ${n(cli.errors)} errores, ${n(cli.warnings)} advertencias, 0 avisos`
    );
    expect(screen.getByText(/^Se muestran /).textContent).toContain(
      `200 de ${n(cli.warnings)} advertencias`
    );
    // A flat POI has no avances: one line, no level bar.
    const summary = screen.getByRole("heading", { name: /1 matriz encontrada/ }).closest("section");
    expect(summary?.textContent).toContain(`${n(1701)} tareas · ${n(cli.errors)} errores`);
    expect(within(summary as HTMLElement).queryByText(/Sin dato/)).toBeNull();
    // 156 missing unidades de medida are one row, with its range.
    const row = screen.getByRole("button", { name: /^156 · .*G74:G229/ });
    expect(row.getAttribute("aria-expanded")).toBe("false");
  }, 20_000);

  it("with nothing to calculate, Calcular and Crear resumen are disabled and say why", async () => {
    const port = new FakePort(emsapuno);
    show(port);
    await screen.findByRole("heading", { name: /matrices encontradas/ }, { timeout: 10_000 });
    expect(button("Calcular y pintar").disabled).toBe(true);
    expect(button("Crear resumen").disabled).toBe(true);
    const reason = screen.getByText(/No hay avances que calcular/);
    expect(button("Calcular y pintar").getAttribute("aria-describedby")).toBe(reason.id);
    // Many fichas fold into one compact table with an error badge each.
    fireEvent.click(screen.getByText(/^Ver las \d+ matrices/));
    expect(screen.getAllByRole("row").length).toBeGreaterThan(20);
    expect(port.applied).toEqual([]);
  }, 20_000);

  it("focus goes back to the button that opened a dialog", async () => {
    show(new FakePort(lares));
    await screen.findByRole("heading", { name: /1 matriz encontrada/ }, { timeout: 5000 });
    const calcular = button("Calcular y pintar");
    calcular.focus();
    fireEvent.click(calcular);
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancelar" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(calcular));
  });

  it("«Crear hoja de observaciones» writes the rows `check --formato xlsx` writes", async () => {
    const port = new FakePort(lares);
    show(port);
    await screen.findByRole("heading", { name: /1 matriz encontrada/ }, { timeout: 5000 });
    fireEvent.click(button("Crear hoja de observaciones"));
    await screen.findByText("Hoja de observaciones creada");
    const cli = observationsOf({
      files: [{ file: "Este libro", sheets: lares.map((s) => checkSheet(s)) }],
      totals: { errors: 0, warnings: 0, infos: 0, unreadable: 0 },
    }).map((o, i) => reportRow(o, i));
    const [sheet] = port.reports;
    expect(sheet?.name).toBe("Observaciones");
    expect(sheet?.rows[0]?.slice(0, 4)).toEqual(["N.º", "Archivo", "Hoja", "Celda"]);
    expect(sheet?.rows.slice(1)).toEqual(cli);
    expect(cli.length).toBeGreaterThanOrEqual(2);
  });

  it("without LAMBDA, «Usar portátiles» switches the formulas and Calcular works", async () => {
    const settings: SheetData = {
      name: "Semaforo_Ajustes",
      rows: [
        ["clave", "valor"],
        ["modo", "libro"],
      ],
      merges: [],
    };
    const port = new FakePort([...lares, settings]);
    port.lambda = false;
    show(port);
    await screen.findByRole("heading", { name: /1 matriz encontrada/ }, { timeout: 5000 });
    fireEvent.click(button("Calcular y pintar"));
    fireEvent.click(await screen.findByRole("button", { name: "Usar portátiles" }));
    expect((screen.getByRole("radio", { name: /^Portátiles/ }) as HTMLInputElement).checked).toBe(
      true
    );
    fireEvent.click(button("Calcular y pintar"));
    fireEvent.click(await screen.findByRole("button", { name: "Escribir" }));
    await screen.findByText("Listo");
    expect(port.applied[0]?.settings.modo).toBe("nativas");
  });
});
