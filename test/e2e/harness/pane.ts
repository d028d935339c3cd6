import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { openWorkbook } from "../../../src/xlsx/openWorkbook";
import { samplePath } from "../../support/samples";
import { fakeOffice } from "../../../scripts/lib/fake-office";

/* Serves dist/ and drives the task pane in Debian's Chromium with office.js replaced by the unit
 * tests' fake Excel (test/support/fakeOffice.ts, bundled for the browser). Any request outside
 * the local server is aborted and recorded: the pane must not call the network. */

const ROOT = resolve(__dirname, "../../..");
const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(__dirname, "../.artifacts");
const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "application/javascript",
  ".json": "application/json",
  ".png": "image/png",
};

export interface Harness {
  browser: Browser;
  base: string;
  /** The office.js stand-in: the fake Excel bundled for the browser. */
  office: string;
  external: string[];
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(DIST, "taskpane.html")))
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "ignore" });
  mkdirSync(ARTIFACTS, { recursive: true });
  const { script: office } = await fakeOffice();
  const server: Server = createServer((req, res) => {
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
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: execFileSync("which", ["chromium"]).toString().trim() || "/usr/bin/chromium",
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
  return {
    browser,
    base,
    office,
    external: [],
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** The Lares PEI sample's sheets that the pane reads, as the stub's seed. */
export async function laresSeed() {
  const wb = await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"));
  return wb.sheets
    .filter((s) => s.name === "Tabla 3" || s.name === "Resumen OEI")
    .map((s) => ({ name: s.name, rows: s.rows }));
}

export interface PaneOptions {
  width?: number;
  dark?: boolean;
  /** Highest ExcelApi minor version the fake host supports ("1.8"). */
  api?: string;
}

/** Opens the task pane on a fresh in-memory workbook. */
export async function openPane(h: Harness, seed: unknown, options: PaneOptions = {}) {
  const page = await h.browser.newPage({
    viewport: { width: options.width ?? 360, height: 900 },
    colorScheme: options.dark ? "dark" : "light",
  });
  await page.addInitScript(
    ([s, api]) => {
      const w = window as unknown as Record<string, unknown>;
      w.__SEMAFORO_SEED__ = s;
      if (api) w.__SEMAFORO_API__ = api;
    },
    [seed, options.api ?? null] as const
  );
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) {
      await route.fulfill({ contentType: "application/javascript", body: h.office });
    } else if (url.startsWith(h.base)) {
      await route.continue();
    } else {
      h.external.push(url);
      await route.abort();
    }
  });
  await page.goto(`${h.base}/taskpane.html`);
  return page;
}

/** Runs a function over the page's fake Excel (window.__excel, a FakeExcel). */
export const excel = <T>(page: Page, fn: string) =>
  page.evaluate(`(${fn})(window.__excel)`) as Promise<T>;

/** Addresses of the formulas in a sheet of the fake workbook. */
export const formulasOf = (page: Page, sheet: string) =>
  excel<string[]>(
    page,
    `(x) => { const s = x.sheets.get(${JSON.stringify(sheet)}); return s ? [...s.cells.entries()].filter(([, v]) => typeof v === "string" && v.startsWith("=")).map(([a]) => a) : []; }`
  );

/** What a cell of the fake workbook holds (a formula starts with "="), null when blank. */
export const cellOf = (page: Page, sheet: string, address: string) =>
  excel<string | number | boolean | null>(
    page,
    `(x) => x.sheets.get(${JSON.stringify(sheet)})?.cells.get(${JSON.stringify(address)}) ?? null`
  );

/** A sheet's cells as rows of columns A and B (how the settings sheet is kept). */
export const columnsAB = (page: Page, sheet: string) =>
  excel<unknown[][] | null>(
    page,
    `(x) => { const s = x.sheets.get(${JSON.stringify(sheet)}); if (!s) return null; const out = []; for (const [a, v] of s.cells) { const m = /^([A-Z]+)(\\d+)$/.exec(a); const r = Number(m[2]) - 1; (out[r] = out[r] || ["", ""])[m[1] === "A" ? 0 : 1] = v; } return out; }`
  );

export const sheetNames = (page: Page) => excel<string[]>(page, "(x) => [...x.sheets.keys()]");

/** axe-core over the page at WCAG 2.2 AA: the violations, as id and target list. */
export async function axeViolations(page: Page) {
  // Colours are judged at rest, not halfway through a dialog's fade or a button's transition.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
  );
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            o: unknown
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      // Experimental in axe, but it is the WCAG 2.5.3 check (label in name) the pane once failed.
      rules: { "label-content-name-mismatch": { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}
