#!/usr/bin/env node
// The task pane's first load of the national agency's 1,701-row flat POI 2026 (47 columns), in
// Debian's Chromium with office.js replaced by the test suite's fake Excel: from navigation to the
// findings heading on screen (goal ≤ 0.5 s, Microsoft's add-in target), with where the time goes
// (the pane's own User Timing marks: reading, detection and validation) and the longest task that
// blocked the page. Builds dist/ first when the sources are newer than it.
// Usage: [SEMAFORO_PANE_DIST=other/dist] node scripts/bench-pane.js [runs, default 7]
"use strict";
// probe() and the page.evaluate callbacks run in the page, where these are defined.
/* global window, document, requestAnimationFrame */
const { execFileSync } = require("node:child_process");
const { createServer } = require("node:http");
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { flatPoiTareas } = require("./lib/flat-layouts");
const { fakeOffice } = require("./lib/fake-office");

const root = path.resolve(__dirname, "..");
// SEMAFORO_PANE_DIST: another build to measure (an earlier commit's dist/, for a before/after).
const dist = process.env.SEMAFORO_PANE_DIST ?? path.join(root, "dist");
const RUNS = Number(process.argv[2] ?? 7);
const GOAL_MS = 500;

/** Newest modification time under a folder (ms). */
function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuilt() {
  if (process.env.SEMAFORO_PANE_DIST) return;
  const bundle = path.join(dist, "taskpane.js");
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs > newest(path.join(root, "src"))) return;
  console.log("Construyendo el panel (webpack, producción)…");
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "ignore" });
}

function serve() {
  const server = createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(dist) || !fs.existsSync(file)) return res.writeHead(404).end();
    const type = file.endsWith(".html") ? "text/html" : "application/javascript";
    res.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** Installed before the page's scripts: the seed, the long-task log, and the heading's first frame. */
function probe(seed) {
  window.__SEMAFORO_SEED__ = seed;
  const bench = (window.__bench = { longest: 0, blocked: 0, shown: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.longest = Math.max(bench.longest, e.duration);
      bench.blocked += Math.max(0, e.duration - 50);
    }
  }).observe({ type: "longtask", buffered: true });
  const look = () => {
    const h = [...document.querySelectorAll("h2")].find((x) => /^Hallazgos:/.test(x.textContent));
    if (h) bench.shown = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  ensureBuilt();
  const { script: stub } = await fakeOffice();
  const seed = [{ name: "POI 2026", rows: flatPoiTareas(1701).grid }];
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: execFileSync("which", ["chromium"]).toString().trim() || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  /** One load: navigation to the findings heading, with the pane's steps. */
  async function load(inPage) {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.addInitScript(probe, seed);
    // «En la página»: a host without workers, where the pane validates on its own thread.
    if (inPage) await page.addInitScript(() => delete window.Worker);
    // Only office.js is replaced; dist/ is served directly, as a host would load it.
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ contentType: "application/javascript", body: stub })
    );
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => window.__bench.shown !== null, null, { timeout: 60_000 });
    const r = await page.evaluate(() => ({
      ...window.__bench,
      steps: Object.fromEntries(
        performance
          .getEntriesByType("measure")
          .filter((m) => m.name.startsWith("semaforo:"))
          .map((m) => [m.name.slice(9), m.duration])
      ),
      ready: performance.getEntriesByName("semaforo:panel-inicio")[0]?.startTime ?? null,
      parsed: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
    }));
    await page.close();
    return r;
  }
  const variants = { trabajador: [], "en la página": [] };
  try {
    // One warm-up pair (disk cache, V8 code cache), then paired loads, alternating.
    for (let i = 0; i <= RUNS; i++) {
      for (const [name, runs] of Object.entries(variants)) {
        const r = await load(name !== "trabajador");
        if (i > 0) runs.push(r);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const ms = (x) => `${Math.round(x)} ms`;
  for (const [name, runs] of Object.entries(variants)) {
    const shown = median(runs.map((r) => r.shown));
    console.log(
      `panel (validación ${name === "trabajador" ? "en un trabajador" : "en la página"}), primera ` +
        `carga del POI plano de 1.701 filas: ${ms(shown)} (mediana de ${RUNS}; ` +
        `mín ${ms(Math.min(...runs.map((r) => r.shown)))}, máx ${ms(Math.max(...runs.map((r) => r.shown)))}) ` +
        `— relación con la meta ${(shown / GOAL_MS).toFixed(2)} (meta ≤ 1.00, ${GOAL_MS} ms)`
    );
    console.log(`  scripts evaluados (DOMContentLoaded): ${ms(median(runs.map((r) => r.parsed)))}`);
    const ready = runs.map((r) => r.ready).filter((x) => x !== null);
    if (ready.length) console.log(`  el panel arranca (Office.onReady): ${ms(median(ready))}`);
    for (const step of Object.keys(runs[0].steps))
      console.log(`  ${step}: ${ms(median(runs.map((r) => r.steps[step] ?? 0)))}`);
    console.log(
      `  tarea más larga que bloqueó la página: ${ms(median(runs.map((r) => r.longest)))}, ` +
        `tiempo bloqueado total: ${ms(median(runs.map((r) => r.blocked)))}`
    );
  }
  const ratio = median(
    variants.trabajador.map((r, i) => r.shown / variants["en la página"][i].shown)
  );
  console.log(`relación trabajador / en la página (pares): ${ratio.toFixed(2)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
