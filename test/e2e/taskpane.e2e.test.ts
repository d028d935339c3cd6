import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { samplePath } from "../support/samples";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const ARTIFACTS = join(__dirname, ".artifacts");
const STUB = readFileSync(join(__dirname, "harness/office-stub.js"), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "application/javascript",
  ".json": "application/json",
  ".png": "image/png",
};

let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const external: string[] = [];

async function shot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `taskpane-${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html")))
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "ignore" });
  mkdirSync(ARTIFACTS, { recursive: true });
  server = createServer((req, res) => {
    const path = join(DIST, decodeURIComponent((req.url ?? "/").split("?")[0] as string));
    if (!path.startsWith(DIST) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" })
      .end(readFileSync(path));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const wb = await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"));
  const seed = wb.sheets
    .filter((s) => s.name === "Tabla 3" || s.name === "Resumen OEI")
    .map((s) => ({ name: s.name, rows: s.rows }));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await page.addInitScript(
    (s) => ((window as unknown as { __SEMAFORO_SEED__: unknown }).__SEMAFORO_SEED__ = s),
    seed
  );
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) {
      await route.fulfill({ contentType: "application/javascript", body: STUB });
    } else if (url.startsWith(base)) {
      await route.continue();
    } else {
      external.push(url);
      await route.abort();
    }
  });
  await page.goto(`${base}/taskpane.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const excel = <T>(fn: string) => page.evaluate(`(${fn})(window.__excel)`) as Promise<T>;

describe("task pane in Chromium with office.js stubbed (Lares PEI sample)", () => {
  it("scans the workbook and lists the matrix in a planner's words", async () => {
    await page.getByText("Seguimiento PEI", { exact: true }).waitFor();
    await expect(
      page.getByText(/Hoja «Tabla 3» · A4:F5 · 62 filas · confianza 99 %/).count()
    ).resolves.toBe(1);
    await expect(
      page.getByText(/Sin matrices de planeamiento: «Resumen OEI»/).count()
    ).resolves.toBe(1);
    await shot("1-detectadas");
  });

  it("validates everything and groups the findings by rule", async () => {
    await page.getByRole("button", { name: "Validar todo" }).click();
    await page.getByRole("heading", { name: /Sin errores: 0 errores, 6 advertencias/ }).waitFor();
    await expect(
      page.getByText(/V13.avance — El avance impreso coincide con el recalculado \(4\)/).count()
    ).resolves.toBe(1);
    await shot("2-hallazgos");
  });

  it("clicking a finding selects its cell in Excel", async () => {
    await page.getByRole("button", { name: /Ir a Tabla 3!F44:/ }).click();
    await expect
      .poll(() => excel<{ sheet: string; address: string }>("(x) => x.selection"))
      .toEqual({ sheet: "Tabla 3", address: "F44" });
    await expect(excel<string>("(x) => x.active")).resolves.toBe("Tabla 3");
  });

  it("calcular + semáforo: says what it will write, then writes formulas and rules", async () => {
    await page.getByRole("button", { name: "Calcular avance y aplicar semáforo" }).click();
    await page.getByText(/Se escribirán 60 fórmulas de avance y 5 bloques de semáforo/).waitFor();
    await shot("3-antes-de-escribir");
    await page.getByRole("button", { name: "Escribir" }).click();
    await page.getByText("Listo").waitFor();
    const g = await excel<Record<string, string | null>>(
      "(x) => { const s = x.sheets.find((s) => s.name === 'Tabla 3'); return { G4: s.cells.get('G4')?.value ?? null, G21: s.cells.get('G21')?.formula ?? null, G18: s.cells.get('G18')?.formula ?? null }; }"
    );
    expect(g).toEqual({
      G4: "Avance calculado (%)",
      G21: "=PLAN.AVANCE_TIPO1(E21,D21)",
      G18: "=PLAN.PROMEDIO_AVANCE(G21)",
    });
    const rules = await excel<{ range: string; fills: string[] }[]>(
      "(x) => Object.entries(x.sheets.find((s) => s.name === 'Tabla 3').formats).filter(([, r]) => r.length).map(([range, r]) => ({ range, fills: r.map((y) => y.fill) }))"
    );
    expect(rules.find((r) => r.range === "G6:G18")).toEqual({
      range: "G6:G18",
      fills: ["#FFC7CE", "#FFEB9C", "#C6EFCE", "#D9D9D9"],
    });
    await expect(excel<boolean[]>("(x) => x.eventsEnabled")).resolves.toEqual([false, true]);
    await shot("4-escrito");
  });

  it("crear resumen in portable mode writes the summary sheet with native formulas", async () => {
    await page.getByRole("radio", { name: /Portátiles/ }).check();
    await page.getByRole("button", { name: "Crear resumen" }).click();
    await page.getByText(/y la hoja «Resumen Semáforo»/).waitFor();
    await page.getByRole("button", { name: "Escribir" }).click();
    await page.getByText("Listo").waitFor();
    const summary = await excel<{ a1: unknown; total: unknown; g21: unknown }>(
      "(x) => { const s = x.sheets.find((s) => s.name === 'Resumen Semáforo'); const t = x.sheets.find((s) => s.name === 'Tabla 3'); return { a1: s.cells.get('A1')?.value, total: s.cells.get('B16')?.formula, g21: t.cells.get('G21')?.formula }; }"
    );
    expect(summary.a1).toBe("Resumen del semáforo");
    expect(summary.total).toBe("=SUM(B6:B15)");
    expect(String(summary.g21)).toMatch(/^=IF\(OR\(E21="",D21=""\)/);
    await shot("5-resumen");
  });

  it("re-validates after a planner's edit (debounced) and never calls the network", async () => {
    await page.evaluate("window.__excelEdit('Tabla 3', 'D21', 0)");
    await page.getByText(/IND.01.AEI.03.01 tiene logro esperado 0/).waitFor({ timeout: 10_000 });
    expect(external).toEqual([]);
  });
});
