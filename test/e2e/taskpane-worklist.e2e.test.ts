import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkSheet, countSeverities } from "../../src/core/check/checkSheets";
import { readSettings } from "../../src/core/plan/settings";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { flatPoi } from "../support/flatPoi";
import { samplePath } from "../support/samples";
import {
  axeViolations,
  columnsAB,
  excel,
  laresSeed,
  openPane,
  sheetNames,
  startHarness,
  type Harness,
} from "./harness/pane";

/* The pane as a planner's worklist, measured in Chromium at 360 px (issue 22's «done when»). */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => h?.close());

const seedOf = (s: { name: string; rows: unknown[] }) => ({ name: s.name, rows: s.rows });

/** How tall the pane's content is: the fixed header plus everything the content area scrolls. */
const height = (page: Page) =>
  page.evaluate(() => {
    const content = document.getElementById("contenido") as HTMLElement;
    return content.getBoundingClientRect().top + content.scrollHeight;
  });

/** Tab presses from the top of the page until the focus is on the named button. */
async function tabsTo(page: Page, name: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 1; i <= 400; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (text.trim() === name) return i;
  }
  return Infinity;
}

async function noViolations(page: Page, step: string) {
  for (const mode of ["light", "dark", "forced"] as const) {
    await page.emulateMedia(
      mode === "forced"
        ? { colorScheme: "light", forcedColors: "active" }
        : { colorScheme: mode, forcedColors: "none" }
    );
    expect(await axeViolations(page), `${step} (${mode})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light", forcedColors: "none" });
}

describe("the worklist pane (Chromium, office.js stubbed)", () => {
  it("a 1,701-row flat POI at 360 px: short page, commands first, the CLI's totals, 0 axe violations", async () => {
    const poi = flatPoi();
    const cli = countSeverities([checkSheet(poi)]);
    const page = await openPane(h, [seedOf(poi)], { width: 360 });
    const heading = page.getByRole("heading", { name: /^Hallazgos:/ });
    await heading.waitFor({ timeout: 30_000 });
    const n = (x: number) => x.toLocaleString("es-PE");
    await expect(heading.textContent()).resolves.toBe(
      `Hallazgos: ${n(cli.errors)} errores, ${n(cli.warnings)} advertencias, 0 avisos`
    );
    const tall = await height(page);
    // A flat POI has nothing to calculate: its main action is the worklist («Ir a la primera»).
    await expect(
      page.getByRole("button", { name: "Calcular y pintar" }).isDisabled()
    ).resolves.toBe(true);
    const tabs = await tabsTo(page, "Ir a la primera");
    console.log(
      `flat POI 1,701 rows at 360 px: ${Math.round(tall)} px tall, ${tabs} Tab stops to «Ir a la primera»`
    );
    expect(tall).toBeLessThanOrEqual(5000);
    expect(tabs).toBeLessThanOrEqual(40);
    await noViolations(page, "resultado");
    await page.getByRole("button", { name: /^156 · / }).click();
    await noViolations(page, "grupo abierto");
    await page.getByRole("button", { name: "Ir a la primera" }).click();
    await expect
      .poll(() => excel<{ address: string }>(page, "(x) => x.selection"))
      .toMatchObject({ address: expect.stringMatching(/^[A-Z]+\d+$/) });
    await page.close();
  }, 120_000);

  it("a matrix with nothing to calculate: Calcular cannot be pressed and no sheet is created", async () => {
    const book = await openWorkbook(samplePath("emsapuno-poi-2024.xlsx"));
    const page = await openPane(h, book.sheets.map(seedOf), { width: 360 });
    await page.getByRole("heading", { name: /matrices encontradas/ }).waitFor({ timeout: 30_000 });
    await expect(
      page.getByRole("button", { name: "Calcular y pintar" }).isDisabled()
    ).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Crear resumen" }).isDisabled()).resolves.toBe(
      true
    );
    await page.getByText(/No hay avances que calcular/).waitFor();
    await expect(sheetNames(page)).resolves.toEqual(book.sheets.map((s) => s.name));
    // The first finding is on the first screen: the fichas' compact table is folded.
    await page.getByText(/^Ver las \d+ matrices/).click();
    await expect(page.getByRole("row").count()).resolves.toBeGreaterThan(20);
    await noViolations(page, "tabla de fichas");
    await page.getByText(/^Ver las \d+ matrices/).click();
    const first = await page
      .getByRole("list", { name: "Hallazgos por regla" })
      .locator("li")
      .first()
      .boundingBox();
    expect(first?.y ?? Infinity).toBeLessThan(900);
    await noViolations(page, "sin nada que calcular");
    await page.close();
  }, 120_000);

  it("a saved column map survives «Quitar»; focus is back on the trigger after every dialog", async () => {
    const map = {
      hoja: "Notas",
      tipo: "poi-tareas",
      encabezado: { desde: 2, hasta: 2 },
      columnas: { C: "actividad", D: "tarea", F: "mes:1" },
    };
    const settings = {
      name: "Semaforo_Ajustes",
      rows: [
        ["clave", "valor"],
        ["escala", ""],
        ["columnas", JSON.stringify([map])],
      ],
    };
    const page = await openPane(h, [...(await laresSeed()), settings]);
    await page.getByRole("heading", { name: /1 matriz encontrada/ }).waitFor({ timeout: 30_000 });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    const calcular = page.getByRole("button", { name: "Calcular y pintar" });
    await calcular.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await noViolations(page, "diálogo de escritura");
    await page.keyboard.press("Escape");
    await expect.poll(focused).toBe("Calcular y pintar");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Escribir" }).click();
    await page.getByText("Listo").waitFor();
    await expect.poll(focused, { timeout: 10_000 }).toBe("Calcular y pintar");
    const quitar = page.getByRole("button", { name: "Quitar", exact: true });
    await quitar.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await expect.poll(focused).toBe("Cancelar");
    await noViolations(page, "diálogo de quitar");
    await page.getByRole("dialog").getByRole("button", { name: "Quitar" }).click();
    await page.getByText("Se quitó lo escrito por Semáforo").waitFor();
    await expect.poll(focused, { timeout: 10_000 }).toBe("Quitar");
    const stored = await columnsAB(page, "Semaforo_Ajustes");
    const kept = readSettings([{ name: "Semaforo_Ajustes", rows: stored as never, merges: [] }]);
    expect(kept?.columnas).toEqual([map]);
    expect(kept?.celdas).toEqual([]);
    await page.close();
  }, 120_000);
});
