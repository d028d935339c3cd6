import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  ARTIFACTS,
  cellOf,
  excel,
  formulasOf,
  laresSeed,
  openPane,
  sheetNames,
  startHarness,
  type Harness,
} from "./harness/pane";

let h: Harness;
let page: Page;
const shot = (name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `taskpane-${name}.png`), fullPage: true });
const calculate = () => page.getByRole("button", { name: "Calcular y pintar" }).click();
const dialog = () => page.getByRole("dialog");

/** Waits until the fake Excel has had no request for a while (no read or write in flight). */
async function settled(p: Page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const now = await excel<number>(p, "(x) => x.syncs");
    if (now === last) return;
    last = now;
    await p.waitForTimeout(700);
  }
}

beforeAll(async () => {
  h = await startHarness();
  page = await openPane(h, await laresSeed());
}, 120_000);
afterAll(async () => h?.close());

describe("task pane in Chromium with office.js stubbed (Lares PEI sample)", () => {
  it("shows the result first: summary, then findings by severity with sheet and cell", async () => {
    await page
      .getByRole("heading", { name: "1 matriz encontrada · ninguna con errores" })
      .waitFor();
    await expect(page.getByText("Malo 20", { exact: true }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "2 avisos" }).click();
    // Advertencias before avisos, one row per rule and cause.
    const icons = await page
      .getByRole("list", { name: "Hallazgos por regla" })
      .locator(":scope > li > button > span[aria-hidden=true]")
      .allTextContents();
    expect(icons.indexOf("●")).toBeGreaterThan(icons.lastIndexOf("▲"));
    await page.getByRole("button", { name: /^4 · El avance impreso/ }).click();
    await expect(page.getByRole("button", { name: /^Tabla 3!F44 / }).count()).resolves.toBe(1);
    await shot("1-resultado");
  });

  it("clicking a finding selects its cell in Excel", async () => {
    await page.getByRole("button", { name: /^Tabla 3!F44 / }).click();
    await expect
      .poll(() => excel<{ sheet: string; address: string }>(page, "(x) => x.selection"))
      .toEqual({ sheet: "Tabla 3", address: "F44" });
  });

  it("the dialog names the targets, takes the focus, and Esc cancels", async () => {
    await calculate();
    await dialog().waitFor();
    await expect(dialog().textContent()).resolves.toContain(
      "«Tabla 3», columna G: 60 fórmulas y el semáforo en 60 celdas."
    );
    const focusInside = await page.evaluate(() =>
      Boolean(document.activeElement?.closest("[role=dialog]"))
    );
    expect(focusInside).toBe(true);
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });
    await expect(formulasOf(page, "Tabla 3")).resolves.toEqual([]);
  });

  it("a cell typed into after the plan stops the write", async () => {
    await calculate();
    await dialog().waitFor();
    await page.evaluate("window.__excelEdit('Tabla 3', 'G6', 55)");
    await page.getByRole("button", { name: "Escribir" }).click();
    await page.getByRole("alert").getByText("Los datos cambiaron").waitFor();
    await expect(formulasOf(page, "Tabla 3")).resolves.toEqual([]);
    await page.evaluate("window.__excelEdit('Tabla 3', 'G6', null)");
  });

  it("a protected sheet gets a Spanish message and nothing is written", async () => {
    await page.evaluate("window.__excelProtect('Tabla 3', true)");
    await calculate();
    await page.getByRole("button", { name: "Escribir" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("Hoja protegida").waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /«Tabla 3» está protegida.*Desproteger hoja/
    );
    await expect(sheetNames(page)).resolves.toEqual(["Tabla 3", "Resumen OEI"]);
    await page.evaluate("window.__excelProtect('Tabla 3', false)");
  });

  it("a request failing midway leaves no Semáforo cells and no settings behind", async () => {
    // The failure is armed by request count: first let the re-read that earlier edits started
    // (debounced) finish, so the failing request is one of the write's.
    await settled(page);
    await page.getByRole("button", { name: "Crear resumen" }).click();
    await dialog().waitFor();
    await page.evaluate("window.__excelFailSync(5)");
    await page.getByRole("button", { name: "Escribir" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("No se pudo escribir").waitFor();
    await expect(alert.textContent()).resolves.toMatch(/deshizo lo que había escrito/);
    await expect(alert.textContent()).resolves.not.toMatch(/RichApi|internal/);
    await expect(formulasOf(page, "Tabla 3")).resolves.toEqual([]);
    await expect(sheetNames(page)).resolves.toEqual(["Tabla 3", "Resumen OEI"]);
  });

  it("writes formulas and rules, then shows what it wrote where the planner is looking", async () => {
    await calculate();
    await page.getByRole("button", { name: "Escribir" }).click();
    const done = page.getByText("Listo");
    await done.waitFor();
    await expect(done.isVisible()).resolves.toBe(true);
    const inView = await done.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await expect(
      page
        .getByText(/Se escribieron 60 fórmulas con su semáforo en «Tabla 3» \(columna G\)/)
        .count()
    ).resolves.toBe(1);
    const g = {
      G4: await cellOf(page, "Tabla 3", "G4"),
      G21: await cellOf(page, "Tabla 3", "G21"),
      G18: await cellOf(page, "Tabla 3", "G18"),
    };
    expect(g).toEqual({
      G4: "Avance calculado (%)",
      G21: "=PLAN.AVANCE_TIPO1(E21,D21)",
      G18: "=PLAN.PROMEDIO_AVANCE(G21)",
    });
    const rules = await excel<{ range: string; fills: string[] }[]>(
      page,
      "(x) => [...x.sheets.get('Tabla 3').formats].filter(([, r]) => r.length).map(([range, r]) => ({ range, fills: r.map((y) => y.fill) }))"
    );
    expect(rules.find((r) => r.range === "G6:G18")).toEqual({
      range: "G6:G18",
      fills: ["#FFC7CE", "#FFEB9C", "#C6EFCE", "#D9D9D9"],
    });
    await shot("2-escrito");
  });

  it("«Crear resumen» writes the summary sheet with a chart of the levels per OEI", async () => {
    await page.getByRole("button", { name: "Crear resumen" }).click();
    await page.getByRole("button", { name: "Escribir" }).click();
    await page.getByText(/La hoja «Resumen Semáforo» está al día/).waitFor();
    const summary = await excel<{
      a1: unknown;
      charts: { source: string; fills: string[] }[];
      zoom: unknown;
    }>(
      page,
      "(x) => { const s = x.sheets.get('Resumen Semáforo'); return { a1: s.cells.get('A1'), charts: s.chartLog, zoom: s.page.zoom }; }"
    );
    expect(summary.a1).toBe("Resumen del semáforo");
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]?.fills).toEqual(["#FFC7CE", "#FFEB9C", "#C6EFCE", "#D9D9D9"]);
    expect(summary.zoom).toEqual({ horizontalFitToPages: 1 });
  });

  it("«Quitar» restores the cells and removes its summary; the configuración stays", async () => {
    await page.getByRole("button", { name: "Quitar", exact: true }).click();
    await dialog().waitFor();
    await dialog().getByRole("button", { name: "Quitar" }).click();
    await page.getByText("Se quitó lo escrito por Semáforo").waitFor();
    await expect(formulasOf(page, "Tabla 3")).resolves.toEqual([]);
    await expect(cellOf(page, "Tabla 3", "G4")).resolves.toBeNull();
    await expect(sheetNames(page)).resolves.toEqual(["Tabla 3", "Resumen OEI", "Semaforo_Ajustes"]);
  });

  it("re-validates after a planner's edit (debounced) and never calls the network", async () => {
    await page.evaluate("window.__excelEdit('Tabla 3', 'D21', 0)");
    await page.getByText(/IND.01.AEI.03.01 tiene logro esperado 0/).waitFor({ timeout: 10_000 });
    expect(h.external).toEqual([]);
  });
});
