#!/usr/bin/env node
// What «Definir columnas» costs per change in the pane: validating the draft and previewing its
// first rows (detection with the map, then measuring) on issue 10's flat POI by tarea (47 columns,
// 1,701 task rows) with its TAREAS column renamed so that it is only a near-miss. Each role the
// planner picks reruns both, so this is the pane's delay per pick. Run after `npm run build:cli`:
// node scripts/bench-column-map.js
"use strict";
const { performance } = require("node:perf_hooks");
const { startDraft, validateDraft } = require("../lib/core/mapEditor/mapDraft.js");
const { previewDraft } = require("../lib/core/mapEditor/mapPreview.js");
const { findNearMiss } = require("../lib/core/pipeline/nearMiss.js");
const { columnName } = require("../lib/core/sheet/address.js");
const { FLAT_POI_HEADER, flatPoiTareas } = require("./lib/flat-layouts");

const RUNS = 9;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(rows) {
  const { grid } = flatPoiTareas(rows);
  const task = FLAT_POI_HEADER.indexOf("TAREAS");
  grid[2] = grid[2].map((t, i) => (i === task ? "LABOR" : t));
  const sheet = { name: "POI 2026", rows: grid, merges: [] };
  if (!findNearMiss(sheet)) throw new Error("the renamed header should be a near-miss");
  const opened = [];
  const picks = [];
  let preview = null;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const draft = startDraft(sheet, []);
    opened.push(performance.now() - t);
    const defined = { ...draft, columnas: { ...draft.columnas, [columnName(task)]: "tarea" } };
    t = performance.now();
    const errors = validateDraft(sheet, defined);
    preview = previewDraft(sheet, defined);
    picks.push(performance.now() - t);
    if (errors.length > 0 || !preview || preview.length === 0)
      throw new Error(`the defined map should preview rows: ${JSON.stringify(errors)}`);
  }
  return { rows, open: median(opened), pick: median(picks) };
}

console.log(
  "«Definir columnas», POI plano por tareas (47 columnas), mediana de",
  RUNS,
  "corridas:"
);
const results = [1701, 17010].map(measure);
for (const r of results) {
  console.log(
    `  ${String(r.rows).padStart(6)} filas: abrir ${r.open.toFixed(1)} ms · ` +
      `cada cambio (validar + vista previa) ${r.pick.toFixed(1)} ms`
  );
}
const [small, big] = results;
// The preview reads a bounded number of rows: a change costs the same however long the sheet.
console.log(
  `  10× filas → ×${(big.pick / small.pick).toFixed(1)} el tiempo por cambio (meta: ≤ 2)`
);
if (big.pick / small.pick > 2) process.exitCode = 1;
