import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import {
  ARTIFACTS,
  axeViolations,
  laresSeed,
  openPane,
  startHarness,
  type Harness,
} from "./harness/pane";

/* How the pane looks and reads: WCAG 2.2 AA by axe-core, the dark theme, 320 px without clipping,
 * and the host-too-old message. SEMAFORO_DOCS_SHOTS=1 also retakes the README's screenshots. */

const DOCS = resolve(__dirname, "../../docs");
let h: Harness;
let seed: unknown;
beforeAll(async () => {
  h = await startHarness();
  seed = await laresSeed();
}, 120_000);
afterAll(async () => h?.close());

const ready = (page: Page) =>
  page.getByRole("heading", { name: /1 matriz encontrada/ }).waitFor({ timeout: 20_000 });

async function shot(page: Page, name: string, docs = false) {
  await page.screenshot({ path: join(ARTIFACTS, `look-${name}.png`), fullPage: true });
  if (docs && process.env.SEMAFORO_DOCS_SHOTS === "1") {
    // The README shows what a planner sees first: the top of the pane (a dialog stays centred).
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.getElementById("contenido")?.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(DOCS, `${name}.png`), fullPage: false });
  }
}

/** Whether anything sticks out to the right of the viewport (clipped at this width). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("main *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
    return { clipped: document.documentElement.scrollWidth > width, wide: wide.slice(0, 5) };
  });

async function openScaleEditor(page: Page) {
  await page.getByRole("combobox", { name: "Escala del semáforo" }).click();
  await page.getByRole("option", { name: "Escala propia" }).click();
  await page.getByRole("group", { name: "Escala propia de la institución" }).waitFor();
}

describe("task pane look and access (Chromium, office.js stubbed)", () => {
  it("has no axe-core violations at WCAG 2.2 AA: results, scale editor, dialog", async () => {
    const page = await openPane(h, seed);
    await ready(page);
    // The scan can fail: a button whose name does not contain its visible text is reported.
    await page.evaluate(() => {
      const b = document.createElement("button");
      b.id = "probe";
      b.setAttribute("aria-label", "Ir a la celda");
      b.textContent = "▲ F8 Valor";
      document.querySelector("main")?.append(b);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain("label-content-name-mismatch");
    await page.evaluate(() => document.getElementById("probe")?.remove());
    await page.getByRole("button", { name: "2 avisos" }).click();
    await page.getByRole("button", { name: /Seguimiento PEI · «Tabla 3»/ }).click();
    await shot(page, "panel-hallazgos", true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Calcular y pintar" }).click();
    await page.getByRole("dialog").waitFor();
    await shot(page, "panel-antes-de-escribir", true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await openScaleEditor(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("follows a dark system theme when Office gives none", async () => {
    const page = await openPane(h, seed, { dark: true });
    await ready(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(150);
    const text = await page.evaluate(
      () => getComputedStyle(document.querySelector("h1") as Element).color
    );
    expect(
      (text.match(/\d+/g) ?? [])
        .map(Number)
        .slice(0, 3)
        .every((c) => c > 200)
    ).toBe(true);
    await shot(page, "panel-oscuro", true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("keeps the semáforo colours in high-contrast (forced colours) mode", async () => {
    const page = await openPane(h, seed);
    await page.emulateMedia({ forcedColors: "active" });
    await ready(page);
    const colours = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          "section[aria-labelledby=resumen-titulo] [aria-hidden=true] > div"
        ),
      ].map((d) => getComputedStyle(d).backgroundColor)
    );
    expect(colours).toEqual(["rgb(255, 199, 206)", "rgb(255, 235, 156)", "rgb(198, 239, 206)"]);
    // The mode is really on: an ordinary coloured box loses its colour.
    const ordinary = await page.evaluate(() => {
      const d = document.createElement("div");
      d.style.background = "rgb(255, 199, 206)";
      document.body.append(d);
      return getComputedStyle(d).backgroundColor;
    });
    expect(ordinary).not.toBe("rgb(255, 199, 206)");
    await page.close();
  });

  it("fits 320 px without clipping, scale editor and dialog included", async () => {
    const page = await openPane(h, seed, { width: 320 });
    await ready(page);
    await openScaleEditor(page);
    await page.getByRole("checkbox", { name: /sobre-ejecución/ }).check();
    await shot(page, "panel-320");
    expect(await overflow(page)).toEqual({ clipped: false, wide: [] });
    await page.getByRole("button", { name: "Calcular y pintar" }).click();
    await page.getByRole("dialog").waitFor();
    expect(await overflow(page)).toEqual({ clipped: false, wide: [] });
    await page.close();
  });

  it("on a host too old, says so in the pane instead of staying blank", async () => {
    const page = await openPane(h, seed, { api: "1.7" });
    await page.getByRole("alert").waitFor();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(
      /no admite ExcelApi 1\.8.*Actualice Excel/
    );
    await page.close();
  });

  it("without ExcelApi 1.9 it works, without live re-validation, and says so", async () => {
    const page = await openPane(h, seed, { api: "1.8" });
    await ready(page);
    await expect(
      page.getByRole("switch", { name: "Revalidar al editar" }).isDisabled()
    ).resolves.toBe(true);
    await page.getByText(/no avisa de las ediciones/).waitFor();
    await page.close();
  });
});
