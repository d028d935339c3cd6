#!/usr/bin/env node
// `npm run bench` (part 3): detection and rules stay linear on real layouts. The time of the core
// `check` (detect, measure, every rule) per 1,000 sheet rows on the flat POI by tarea (47 columns,
// issue 10's national-agency layout, generated) against EMSAPUNO's fichas (the sample data), at the
// fixture's size and ten times it. Goal: flat POI within 2× of the fichas per 1,000 rows.
"use strict";
const { performance } = require("node:perf_hooks");
const { checkSheet, DEFAULT_CHECK_OPTIONS } = require("../lib/core/check/checkSheets.js");
const { parseNumberText } = require("../lib/core/numbers/parseNumber.js");
const { flatPoiTareas } = require("./lib/flat-layouts");
const { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow } = require("./lib/ficha-layout");
const data = require("../test/fixtures/emsapuno-poi-2024.json");

const RUNS = 7;
const OPTIONS = { ...DEFAULT_CHECK_OPTIONS, maxFindings: 200 };
const value = (t) => {
  const n = parseNumberText(String(t));
  return typeof n === "number" ? n : t === "" ? null : t;
};

/** EMSAPUNO's fichas one after the other (label block, two-row header, activities) to `rows` rows. */
function fichaSheet(rows) {
  const grid = [];
  for (let f = 0; grid.length < rows; f++) {
    const ficha = data.fichas[f % data.fichas.length];
    grid.push([`Unidad Orgánica : ${ficha.labels.unidadOrganica || ""}`]);
    grid.push([`Ficha de Proceso : ${ficha.labels.ficha || ""} (${f + 1})`]);
    grid.push(FICHA_HEADER, FICHA_SUBHEADER);
    ficha.activities.forEach((a, k) =>
      grid.push(fichaActivityRow(a, value, String(k + 1).padStart(2, "0")))
    );
    grid.push([]);
  }
  return { name: "Fichas", rows: grid, merges: [] };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Median ms of checking the sheet, after one warm-up run: wall-clock time and the process's CPU
 * time (steadier on a shared machine, where other processes stretch the wall clock).
 */
function time(sheet) {
  checkSheet(sheet, OPTIONS);
  const wall = [];
  const cpu = [];
  for (let r = 0; r < RUNS; r++) {
    // Each run starts from a collected heap, so that one run's garbage is not billed to the next.
    if (global.gc) global.gc();
    const t = performance.now();
    const c = cpuMs();
    checkSheet(sheet, OPTIONS);
    cpu.push(cpuMs() - c);
    wall.push(performance.now() - t);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { wall: median(wall), cpu: median(cpu) };
}

const flat = (rows) => ({ name: "POI", rows: flatPoiTareas(rows).grid, merges: [] });
const cases = [
  ["POI plano por tareas (47 columnas)", flat(1701)],
  ["POI plano por tareas ×10", flat(17010)],
  ["Fichas EMSAPUNO (muestra)", fichaSheet(1701)],
  ["Fichas EMSAPUNO ×10", fichaSheet(17010)],
];
console.log(`check del núcleo por 1.000 filas (mediana de ${RUNS}, tras un calentamiento)`);
const perK = {};
for (const [label, sheet] of cases) {
  const { wall, cpu } = time(sheet);
  const k = sheet.rows.length / 1000;
  perK[label] = cpu / k;
  console.log(
    `  ${label.padEnd(36)} ${String(sheet.rows.length).padStart(6)} filas  ${(wall / k).toFixed(1).padStart(6)} ms/1.000 filas (reloj)  ${(cpu / k).toFixed(1).padStart(6)} ms/1.000 filas (CPU)`
  );
}
const ratio = (a, b) => perK[a] / perK[b];
const small = ratio("POI plano por tareas (47 columnas)", "Fichas EMSAPUNO (muestra)");
const large = ratio("POI plano por tareas ×10", "Fichas EMSAPUNO ×10");
const verdict = (r) => (r <= 2 ? "cumple" : "NO cumple");
console.log(
  `  razón POI plano / fichas (CPU, 1×):   ${small.toFixed(2)}  (meta ≤ 2) ${verdict(small)}`
);
console.log(
  `  razón POI plano / fichas (CPU, ×10):  ${large.toFixed(2)}  (meta ≤ 2) ${verdict(large)}`
);
const linear = ratio("POI plano por tareas ×10", "POI plano por tareas (47 columnas)");
console.log(`  razón ×10 / 1× del POI plano (CPU por fila): ${linear.toFixed(2)}  (lineal ≈ 1)`);
