#!/usr/bin/env node
// `npm run bench`: compute time of AVANCE_TIPO1 over 100,000-row ranges (one array call, as Excel
// makes it for a spilled range) against 100,000 scalar calls. Figures are medians of several runs
// in one process, so compare the ratio rather than absolute times on a shared machine.
"use strict";
const { performance } = require("node:perf_hooks");
const { AVANCE_TIPO1 } = require("../lib/core/planFunctions/registry.js").PLAN_RUNNERS;

const ROWS = 100_000;
const RUNS = 7;
let seed = 7;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const vo = [];
const le = [];
for (let i = 0; i < ROWS; i++) {
  const v = Math.round(rand() * 100000) / 100;
  // A realistic mix: numbers, some blanks and some numbers typed as text.
  vo.push([i % 50 === 0 ? null : i % 10 === 0 ? v.toFixed(2).replace(".", ",") : v]);
  le.push([Math.round(rand() * 100000) / 100 + 1]);
}

const WARMUP = 3;
/** Median time of `fn` after a few warm-up runs (JIT), plus the first, cold run. */
function median(fn) {
  const cold = performance.now();
  fn();
  const first = performance.now() - cold;
  for (let w = 1; w < WARMUP; w++) fn();
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { first, median: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] };
}

const array = median(() => AVANCE_TIPO1(vo, le, null, null));
const scalar = median(() => {
  for (let i = 0; i < ROWS; i++) AVANCE_TIPO1([vo[i]], [le[i]], null, null);
});
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const rows = ROWS.toLocaleString("es-PE");
const goal = array.median < 50 ? "cumple" : "NO cumple";
console.log(
  `AVANCE_TIPO1, ${rows} filas (mediana de ${RUNS} corridas tras ${WARMUP} de calentamiento)`
);
console.log(
  `  una llamada con rangos:     ${fmt(array.median)}  (meta < 50 ms: ${goal}; en frío: ${fmt(array.first)})`
);
console.log(`  ${rows} llamadas escalares: ${fmt(scalar.median)}  (en frío: ${fmt(scalar.first)})`);
console.log(`  razón escalares / rango:    ${(scalar.median / array.median).toFixed(2)}`);
