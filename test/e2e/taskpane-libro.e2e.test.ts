import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cellOf, laresSeed, openPane, startHarness, type Harness } from "./harness/pane";

let h: Harness;
afterAll(async () => h?.close());
beforeAll(async () => {
  h = await startHarness();
}, 120_000);

/** The Lares sample with Semáforo's settings sheet choosing «funciones del libro». */
async function libroSeed() {
  return [
    ...(await laresSeed()),
    {
      name: "Semaforo_Ajustes",
      rows: [
        ["clave", "valor"],
        ["modo", "libro"],
      ],
    },
  ];
}

const calculate = (page: Page) => page.getByRole("button", { name: "Calcular y pintar" }).click();

describe("«funciones del libro» in the pane (office.js stubbed)", () => {
  it("offers the mode, defines the names through workbook.names.add and writes short calls", async () => {
    const page = await openPane(h, await libroSeed());
    await page.getByRole("radio", { name: /^Funciones del libro/ }).waitFor();
    await expect(
      page.getByRole("radio", { name: /^Funciones del libro/ }).isChecked()
    ).resolves.toBe(true);
    await page.evaluate(() =>
      (
        window as unknown as { __excelDefineName: (n: string, f: string) => void }
      ).__excelDefineName("PROMEDIO_AVANCE", "=LAMBDA(x,AVERAGE(x))")
    );
    await calculate(page);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(
      "El libro ya tiene un nombre «PROMEDIO_AVANCE» con otra definición"
    );
    await page.getByRole("button", { name: "Escribir" }).click();
    await page.getByText("Listo", { exact: true }).waitFor();
    const names = await page.evaluate(() =>
      (
        window as unknown as {
          __excelNames: () => Record<string, { formula: string; comment: string }>;
        }
      ).__excelNames()
    );
    expect(names.AVANCE_TIPO1?.formula).toMatch(/^=LAMBDA\(valor_obtenido,logro_esperado,/);
    expect(names.AVANCE_TIPO1?.comment).toContain("Avance Tipo I");
    // The planner's own definition was not ticked for replacement: it stays.
    expect(names.PROMEDIO_AVANCE?.formula).toBe("=LAMBDA(x,AVERAGE(x))");
    const g7 = await cellOf(page, "Tabla 3", "G7");
    expect(g7).toBe("=AVANCE_TIPO1(E7,D7)");
    await page.close();
  });

  it("where Excel does not calculate LAMBDA, says so in Spanish and writes nothing", async () => {
    const page = await openPane(h, await libroSeed());
    await page.addInitScript(() => {
      (window as unknown as { __SEMAFORO_LAMBDA__: boolean }).__SEMAFORO_LAMBDA__ = false;
    });
    await page.reload();
    await page.getByRole("radio", { name: /^Funciones del libro/ }).waitFor();
    await calculate(page);
    await page.getByText("Este Excel no tiene funciones del libro").waitFor();
    await expect(page.getByRole("dialog").count()).resolves.toBe(0);
    const g7 = await cellOf(page, "Tabla 3", "G7");
    expect(g7).toBeNull();
    await page.close();
  });
});
