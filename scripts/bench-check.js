#!/usr/bin/env node
// `npm run bench` (part 2): issue 21's goals for `check` and the functions, in one table.
//   - `check --json` on a 20,000-activity POI in fichas (seed 004's layout) and on 5,000 AO of the
//     Aplicativo's 277-column export, each against ExcelJS loading the same file: BENCH_RUNS
//     paired runs (default 5), each a new process for both, alternating; the ratio is the median
//     of the runs' ratios (a shared machine slows both of a pair alike), peak memory the largest.
//   - AVANCE_TIPO1, one ranged call over 100,000 rows: median (the goal) and slowest of the runs
//     after the warm-up, in a process of its own.
//   - memory flat across a batch: `check --jsonl` over BENCH_BATCH_FILES copies (default 10) of
//     the fichas POI, resident memory after the last file against after the first.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow } = require("./lib/ficha-layout");
const { buildAplicativoExport } = require("./lib/aplicativo-export");
const { RUNS: AVANCE_RUNS } = require("./lib/avance-tipo1-timing");
const { parseNumberText } = require("../lib/core/numbers/parseNumber.js");
const data = require("../test/fixtures/emsapuno-poi-2024.json");

const ACTIVITIES = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BATCH = Number(process.env.BENCH_BATCH_FILES ?? 10);
const root = path.resolve(__dirname, "..");
const value = (t) => {
  const n = parseNumberText(String(t));
  return typeof n === "number" ? n : t === "" ? null : t;
};

/** EMSAPUNO's fichas one after the other, with their real activity rows, to 20,000 activities. */
async function buildFichas(file) {
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
}

/** Runs node with a memory reporter preloaded; returns seconds, peak MiB and its stderr. */
function run(args, reporter = "max-rss.js") {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ["--require", path.join(__dirname, "lib", reporter), ...args],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] }
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = /@@maxrss (\d+)/.exec(r.stderr ?? "");
  // Exit 1 is «findings», expected on real data.
  if (!rss || (r.status !== 0 && r.status !== 1)) {
    throw new Error(`falló ${args.join(" ")} (código ${r.status}): ${r.stderr.slice(0, 500)}`);
  }
  const cpu = Number(/@@cpu (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  return { seconds, cpu, mib: Number(rss[1]) / 1024, stderr: r.stderr };
}

const excelLoad = (file) =>
  run(["-e", `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`]);
const check = (file) => run(["bin/semaforo.js", "check", file, "--json"]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Paired runs: ExcelJS's load, then check, RUNS times; median ratio, medians and peak memory. */
function paired(file) {
  const ratios = [];
  const cpuRatios = [];
  const loads = [];
  const checks = [];
  let mib = 0;
  for (let r = 0; r < RUNS; r++) {
    const load = excelLoad(file);
    const c = check(file);
    ratios.push(c.seconds / load.seconds);
    cpuRatios.push(c.cpu / load.cpu);
    loads.push(load.seconds);
    checks.push(c.seconds);
    mib = Math.max(mib, c.mib);
  }
  const cpu = median(cpuRatios);
  return { ratio: median(ratios), cpu, load: median(loads), check: median(checks), mib };
}

/** Resident memory after each file of a batch of copies of `file` (one process). */
function batch(dir, file) {
  const folder = path.join(dir, "lote");
  fs.mkdirSync(folder);
  for (let i = 0; i < BATCH; i++)
    fs.linkSync(file, path.join(folder, `libro-${String(i).padStart(3, "0")}.xlsx`));
  const r = run(["bin/semaforo.js", "check", folder, "--jsonl"], "rss-per-line.js");
  const series = (/@@rss-per-line ([\d,]*)/.exec(r.stderr)?.[1] ?? "")
    .split(",")
    .filter(Boolean)
    .map((k) => Number(k) / 1024);
  // One line per file, then the totals line.
  const files = series.slice(0, BATCH);
  return { first: files[0], last: files[files.length - 1], mib: r.mib };
}

/** AVANCE_TIPO1's ranged call, timed in a process of its own (see avance-tipo1-timing.js). */
function avanceTiming() {
  const r = spawnSync(process.execPath, [path.join(__dirname, "lib", "avance-tipo1-timing.js")], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`falló la medición de AVANCE_TIPO1: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const pad = (text, n) => String(text).padEnd(n);
const verdict = (ok) => (ok ? "cumple" : "NO cumple");

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-bench-check-"));
  try {
    const fichas = path.join(dir, "poi-fichas-20000.xlsx");
    await buildFichas(fichas);
    const export5k = path.join(dir, "aplicativo-5000.xlsx");
    await buildAplicativoExport(export5k, 5000);
    const mb = (f) => (fs.statSync(f).size / 2 ** 20).toFixed(1);

    const f = paired(fichas);
    const e = paired(export5k);
    const avance = avanceTiming();
    const b = BATCH > 0 ? batch(dir, fichas) : null;

    const rows = [
      [
        `check --json, 20 000 AO en fichas (${mb(fichas)} MiB)`,
        `${f.ratio.toFixed(2)}× (${f.check.toFixed(2)} s / ${f.load.toFixed(2)} s; CPU ${f.cpu.toFixed(2)}×)`,
        "≤ 0.50×",
        f.ratio <= 0.5,
      ],
      [`  memoria pico`, `${f.mib.toFixed(0)} MiB`, "≤ 150 MiB", f.mib <= 150],
      [
        `check --json, 5 000 AO, exportación de 277 columnas (${mb(export5k)} MiB)`,
        `${e.ratio.toFixed(2)}× (${e.check.toFixed(2)} s / ${e.load.toFixed(2)} s; CPU ${e.cpu.toFixed(2)}×)`,
        "≤ 0.40×",
        e.ratio <= 0.4,
      ],
      [`  memoria pico`, `${e.mib.toFixed(0)} MiB`, "—", null],
      [
        "AVANCE_TIPO1, una llamada con rangos de 100 000 filas",
        `${avance.median.toFixed(1)} ms, la más lenta ${avance.slowest.toFixed(1)} ms (de ${AVANCE_RUNS}; en frío ${avance.first.toFixed(0)} ms)`,
        "< 50 ms",
        avance.median < 50,
      ],
    ];
    if (b) {
      const ratio = b.last / b.first;
      rows.push([
        `memoria en un lote de ${BATCH} libros (tras el último / tras el primero)`,
        `${ratio.toFixed(2)} (${b.first.toFixed(0)} → ${b.last.toFixed(0)} MiB; pico ${b.mib.toFixed(0)})`,
        "≤ 1.20",
        ratio <= 1.2,
      ]);
    }
    console.log(
      `Metas de check y de las funciones (issue 21). Razón = mediana de ${RUNS} pares de corridas (check / carga con ExcelJS, cada una en un proceso nuevo); la meta es de reloj, la razón de CPU se muestra porque varía menos en una máquina compartida.`
    );
    console.log(`  ${pad("carga de trabajo", 72)} ${pad("medido", 52)} ${pad("meta", 10)} estado`);
    for (const [label, got, goal, ok] of rows) {
      const state = ok === null ? "" : verdict(ok);
      console.log(`  ${pad(label, 72)} ${pad(got, 52)} ${pad(goal, 10)} ${state}`);
    }
  } finally {
    if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(dir);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
