#!/usr/bin/env node
// `npm run bench` (part 2): a 20,000-activity poi-programacion workbook (EMSAPUNO fichas repeated
// with their real activity rows) — the time ExcelJS takes to load it, the time of
// `semaforo check --json` end to end (a new process), and their ratio (goal ≤ 0.5, issue 21).
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const ExcelJS = require("exceljs");
const { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow } = require("./lib/ficha-layout");
const { parseNumberText } = require("../lib/core/numbers/parseNumber.js");
const data = require("../test/fixtures/emsapuno-poi-2024.json");

const ACTIVITIES = 20_000;
const RUNS = 3;
const root = path.resolve(__dirname, "..");
const value = (t) => {
  const n = parseNumberText(String(t));
  return typeof n === "number" ? n : t === "" ? null : t;
};

async function build(file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("POI");
  let written = 0;
  let f = 0;
  while (written < ACTIVITIES) {
    const ficha = data.fichas[f++ % data.fichas.length];
    ws.addRow([`Unidad Orgánica : ${ficha.labels.unidadOrganica || ""}`]);
    ws.addRow([`Ficha de Proceso : ${ficha.labels.ficha || ""} (${f})`]);
    ws.addRow(FICHA_HEADER);
    ws.addRow(FICHA_SUBHEADER);
    for (let k = 0; k < 25 && written < ACTIVITIES; k++, written++) {
      const a = ficha.activities[k % ficha.activities.length];
      ws.addRow(fichaActivityRow(a, value, String(k + 1).padStart(2, "0")));
    }
    ws.addRow([]);
  }
  await wb.xlsx.writeFile(file);
  return ws.rowCount;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-bench-"));
  const file = path.join(dir, "poi-20000.xlsx");
  const rows = await build(file);
  const size = (fs.statSync(file).size / 2 ** 20).toFixed(1);
  const load = [];
  const check = [];
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    await new ExcelJS.Workbook().xlsx.readFile(file);
    load.push(performance.now() - t);
    t = performance.now();
    try {
      execFileSync(process.execPath, ["bin/semaforo.js", "check", file, "--json"], {
        cwd: root,
        stdio: ["ignore", "ignore", "ignore"],
        maxBuffer: 1 << 28,
      });
    } catch (error) {
      if (error.status !== 1) throw error; // 1 = findings, expected on real data
    }
    check.push(performance.now() - t);
  }
  const l = median(load);
  const c = median(check);
  console.log(
    `check sobre ${ACTIVITIES.toLocaleString("es-PE")} actividades (${rows.toLocaleString("es-PE")} filas, ${size} MiB; mediana de ${RUNS})`
  );
  console.log(`  carga con ExcelJS:            ${(l / 1000).toFixed(2)} s`);
  console.log(`  check --json de principio a fin: ${(c / 1000).toFixed(2)} s`);
  console.log(
    `  razón check / carga:           ${(c / l).toFixed(2)}  (meta ≤ 0.5) ${c / l <= 0.5 ? "cumple" : "NO cumple"}`
  );
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(file);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
