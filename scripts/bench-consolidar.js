#!/usr/bin/env node
// `semaforo consolidar` over a folder of many workbooks (the six samples copied N times, as a
// regional government's folder of one POI/PEI per unit): peak memory (max RSS of the process)
// for a small and a ten times larger folder, and their ratio (goal: flat, ratio ≤ 1.25).
// Usage: node scripts/bench-consolidar.js [copies of the samples, default 50]
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { performance } = require("node:perf_hooks");

const root = path.resolve(__dirname, "..");
const samples = path.join(root, "samples");
const large = Number(process.argv[2] ?? 50);
const small = Math.max(1, Math.round(large / 10));

/** A folder with `copies` copies of every sample (hard links: no disk cost). */
function folder(copies) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-bench-consolidar-"));
  const names = fs.readdirSync(samples).filter((f) => f.endsWith(".xlsx"));
  for (let i = 0; i < copies; i++) {
    const sub = path.join(dir, `unidad-${String(i + 1).padStart(4, "0")}`);
    fs.mkdirSync(sub);
    for (const n of names) fs.linkSync(path.join(samples, n), path.join(sub, n));
  }
  return { dir, files: copies * names.length };
}

/** Runs consolidar in a new process; returns its max RSS (MB) and wall time (s). */
function run(copies) {
  const { dir, files } = folder(copies);
  const out = path.join(dir, "consolidado.xlsx");
  const start = performance.now();
  const child = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "MAXRSS_KB=%M",
      process.execPath,
      path.join(root, "bin/semaforo.js"),
      "consolidar",
      dir,
      "-o",
      out,
    ],
    { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 << 20 }
  );
  const stderr = child.stderr.toString();
  if (child.status !== 0)
    throw new Error(`consolidar terminó con ${child.status}: ${stderr.slice(-500)}`);
  const seconds = (performance.now() - start) / 1000;
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(stderr)[1]);
  const size = fs.statSync(out).size;
  fs.rmSync(dir, { recursive: true, force: true });
  return { files, mb: kb / 1024, seconds, size };
}

const a = run(small);
const b = run(large);
for (const r of [a, b]) {
  console.log(
    `consolidar ${String(r.files).padStart(5)} libros: memoria máxima ${r.mb.toFixed(1)} MB, ` +
      `${r.seconds.toFixed(1)} s, salida ${(r.size / 1024).toFixed(0)} KB`
  );
}
console.log(
  `relación de memoria ${b.files}/${a.files} libros: ${(b.mb / a.mb).toFixed(2)} (meta ≤ 1.25)`
);
