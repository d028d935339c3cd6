#!/usr/bin/env node
// `npm run bench` (part 4): the surgical apply against ExcelJS loading the same file, each in its
// own process (wall time, and peak memory from the kernel's maxRSS), as the median of paired runs
// (BENCH_RUNS, default 3) so a noisy shared machine moves both sides alike:
//   - apply --formulas nativas --resumen on a 20,000-activity POI export (goals: ≤ 1× ExcelJS's
//     load, ≤ 400 MB);
//   - the same on the Aplicativo's 277-column export, 5,000 AO (goals: ≤ 0.70×, ≤ 300 MB);
//   - a batch of BENCH_APPLY_BATCH applies in one process (default 8): memory after the last file
//     against after the first (goal: ≤ 1.2×, memory flat in the number of files).
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { buildAplicativoExport } = require("./lib/aplicativo-export");
const { buildPoiExport } = require("./lib/poi-export");

const root = path.resolve(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BATCH = Number(process.env.BENCH_APPLY_BATCH ?? 8);

/** Runs node with the peak-memory reporter; returns seconds and MiB. */
function measure(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ["--require", path.join(__dirname, "lib/max-rss.js"), ...args],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] }
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = /@@maxrss (\d+)/.exec(r.stderr ?? "");
  if (!rss || r.status !== 0)
    throw new Error(
      `falló ${args.join(" ")} (código ${r.status}): ${String(r.stderr).slice(0, 500)}`
    );
  return { seconds, mib: Number(rss[1]) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const excelLoad = (file) =>
  measure([
    "-e",
    `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`,
  ]);

/** Paired runs of ExcelJS's load and the apply: median time ratio, median apply peak memory. */
function paired(file, out) {
  const ratios = [];
  const mibs = [];
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const load = excelLoad(file);
    const apply = measure([
      ...["bin/semaforo.js", "apply", file, "-o", out],
      ...["--formulas", "nativas", "--resumen"],
    ]);
    ratios.push(apply.seconds / load.seconds);
    mibs.push(apply.mib);
    times.push([load.seconds, apply.seconds]);
  }
  return { ratio: median(ratios), mib: median(mibs), times };
}

const verdict = (ok) => (ok ? "cumple" : "NO cumple");
const row = (cells) => `  ${cells.map((c, i) => String(c).padEnd(WIDTHS[i])).join(" ")}`;
const WIDTHS = [46, 8, 8, 10, 10, 10];

/** Applies to `count` copies in one process; returns the memory after the first and the last. */
function batch(file, dir, count) {
  const script = `
    const { applyToXlsx } = require("./lib/xlsx/applyXlsx.js");
    const { DEFAULT_MEASURING } = require("./lib/core/scales/measuring.js");
    const { releaseMemory } = require("./lib/cli/releaseMemory.js");
    const opts = { ...DEFAULT_MEASURING, mode: "nativas", summary: true, force: false };
    (async () => {
      const after = [];
      for (let i = 0; i < ${count}; i++) {
        await applyToXlsx(${JSON.stringify(file)}, ${JSON.stringify(dir)} + "/lote-" + i + ".xlsx", opts);
        releaseMemory();
        after.push(process.memoryUsage.rss());
      }
      console.log(JSON.stringify(after));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`falló el lote: ${String(r.stderr).slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()).map((b) => b / 2 ** 20);
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-bench-apply-"));
  try {
    const poi = path.join(dir, "export-20000.xlsx");
    await buildPoiExport(poi, 20_000);
    const apl = path.join(dir, "aplicativo-5000.xlsx");
    const cols = await buildAplicativoExport(apl, 5000);
    console.log(`apply --formulas nativas --resumen frente a la carga completa con ExcelJS`);
    console.log(`(mediana de ${RUNS} corridas pareadas; razón = apply / carga)`);
    console.log(row(["carga", "razón", "meta", "memoria", "meta", "veredicto"]));
    const cases = [
      ["exportación POI, 20 000 AO", poi, 1, 400],
      [`exportación del Aplicativo, 5 000 AO × ${cols}`, apl, 0.7, 300],
    ];
    for (const [label, file, goal, goalMib] of cases) {
      const r = paired(file, path.join(dir, "salida.xlsx"));
      const ok = r.ratio <= goal && r.mib <= goalMib;
      console.log(
        row([
          label,
          r.ratio.toFixed(2),
          `≤ ${goal}`,
          `${r.mib.toFixed(0)} MiB`,
          `≤ ${goalMib}`,
          verdict(ok),
        ])
      );
      const pairs = r.times.map(([l, a]) => `${l.toFixed(2)}/${a.toFixed(2)} s`).join(", ");
      console.log(`    (carga/apply por corrida: ${pairs})`);
    }
    if (BATCH > 1) {
      const small = path.join(dir, "export-5000.xlsx");
      await buildPoiExport(small, 5000);
      const after = batch(small, dir, BATCH);
      const ratio = after[after.length - 1] / after[0];
      console.log(
        `lote de ${BATCH} apply en un proceso (exportación de 5 000 AO): memoria tras el 1.º ${after[0].toFixed(0)} MiB, tras el ${BATCH}.º ${after[after.length - 1].toFixed(0)} MiB; razón ${ratio.toFixed(2)} (meta ≤ 1.2) ${verdict(ratio <= 1.2)}`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
