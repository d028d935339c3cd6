import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { parseSavedMaps } from "../../src/core/columnMap/parseSavedMaps";
import { readSettings } from "../../src/core/plan/settings";
import { SETTINGS_SHEET } from "../../src/core/plan/writePlan";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { UNUSUAL_POI_ROWS } from "../support/unusualPoi";
import {
  ARTIFACTS,
  axeViolations,
  columnsAB,
  excel,
  openPane,
  startHarness,
  type Harness,
} from "./harness/pane";

/* «Definir columnas» in Chromium with office.js stubbed, at the narrowest pane (320 px): a flat
 * POI whose task column is «LABOR» is only a near-miss; the planner maps its columns, the map
 * lands in the hidden settings sheet, and «Validar todo» then reads the matrix with it. */

const DOCS = resolve(__dirname, "../../docs");
let h: Harness;
let page: Page;
const dialog = () => page.getByRole("dialog");
const shot = (name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `columnas-${name}.png`), fullPage: true });

/** Elements inside `selector` that stick out to the right of the viewport (clipped). */
const overflow = (selector: string) =>
  page.evaluate((sel) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll(`${sel} *`)]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80))
      .slice(0, 5);
  }, selector);

/** The fake workbook's settings sheet as the core reads it. */
const storedSettings = async () => {
  const rows = (await columnsAB(page, SETTINGS_SHEET)) as CellValue[][] | null;
  return rows && readSettings([{ name: SETTINGS_SHEET, rows, merges: [] }]);
};

beforeAll(async () => {
  h = await startHarness();
  page = await openPane(h, [{ name: "POI 2026", rows: UNUSUAL_POI_ROWS }], { width: 320 });
}, 120_000);
afterAll(async () => h?.close());

describe("«Definir columnas» (Chromium, office.js stubbed, 320 px)", () => {
  it("a sheet that almost is a matrix says which row, what was understood and what is missing", async () => {
    const bar = page.getByText("«POI 2026» casi es una matriz");
    await bar.waitFor({ timeout: 20_000 });
    const text = await page.locator("section[aria-labelledby=sin-matriz-titulo]").textContent();
    expect(text).toMatch(/La fila 2 parece el encabezado de una matriz/);
    expect(text).toMatch(/CENTRO DE COSTO \(B: Unidad orgánica/);
    expect(text).toMatch(/le falta «Tarea»/);
    expect(await overflow("main")).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot("1-casi");
  });

  it("the dialog opens from the keyboard, fits 320 px, and has no axe violations", async () => {
    await page.getByRole("button", { name: "Definir columnas de «POI 2026»" }).focus();
    await page.keyboard.press("Enter");
    await dialog().waitFor();
    await expect(page.getByLabel("Fila de los títulos").inputValue()).resolves.toBe("2");
    await dialog()
      .getByText("Le falta «Tarea» para leerla como «POI por tareas (tabla plana)».")
      .waitFor();
    await page.getByLabel(/^D · LABOR/).selectOption("tarea");
    await page.getByLabel(/^C · ACCIÓN/).selectOption("actividad");
    await page.getByLabel(/^R · SUMA/).selectOption("cantidadAnual");
    await dialog().getByText("Tarea: Visitas de campo").waitFor();
    expect(await overflow("[role=dialog]")).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "columnas-2-dialogo.png") });
    await dialog()
      .getByText("Vista previa: las primeras filas como las leerá Semáforo")
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "columnas-3-vista-previa.png") });
    // The README shows the preview (SEMAFORO_DOCS_SHOTS=1 retakes it).
    if (process.env.SEMAFORO_DOCS_SHOTS === "1")
      await page.screenshot({ path: join(DOCS, "panel-definir-columnas.png") });
  });

  it("saving writes the map to the hidden settings sheet in the CLI's JSON shape", async () => {
    await dialog().getByRole("button", { name: "Guardar columnas" }).click();
    await page.getByText(/Se guardaron las columnas de «POI 2026»/).waitFor();
    const settings = await storedSettings();
    expect(settings?.columnas).toHaveLength(1);
    expect(settings?.columnas[0]).toMatchObject({
      hoja: "POI 2026",
      tipo: "poi-tareas",
      encabezado: { desde: 2, hasta: 2 },
      columnas: {
        B: "unidadOrganizacion",
        C: "actividad",
        D: "tarea",
        F: "mes:1",
        R: "cantidadAnual",
      },
    });
    expect(parseSavedMaps(settings?.columnas).ok).toBe(true);
    await expect(
      excel<string>(page, `(x) => x.sheets.get(${JSON.stringify(SETTINGS_SHEET)}).visibility`)
    ).resolves.toBe("Hidden");
  });

  it("«Validar todo» reads the sheet with the saved map and finds its planted defect", async () => {
    await page.getByRole("button", { name: "Validar todo" }).click();
    await page.getByRole("heading", { name: /1 matriz encontrada · 1 con errores/ }).waitFor();
    await expect(page.getByText("«POI 2026» casi es una matriz").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /^POI 2026!R3 / }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: /POI por tareas \(tabla plana\) · «POI 2026»/ }).click();
    await page.getByText(/columnas definidas por usted/).waitFor();
    expect(await overflow("main")).toEqual([]);
    await shot("4-leida");
    expect(h.external).toEqual([]);
  });
});
