"use strict";
// The timing of AVANCE_TIPO1 over 100,000-row ranges (one array call, as Excel makes it for a
// spilled range) and over 100,000 scalar calls, shared by bench.js and bench-check.js's goal table.
const { performance } = require("node:perf_hooks");
const { AVANCE_TIPO1 } = require("../../lib/core/planFunctions/registry.js").PLAN_RUNNERS;

const ROWS = 100_000;
const RUNS = 7;
const WARMUP = 3;

/** The ranges: a realistic mix of numbers, some blanks and some numbers typed as text. */
function ranges() {
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const vo = [];
  const le = [];
  for (let i = 0; i < ROWS; i++) {
    const v = Math.round(rand() * 100000) / 100;
    vo.push([i % 50 === 0 ? null : i % 10 === 0 ? v.toFixed(2).replace(".", ",") : v]);
    le.push([Math.round(rand() * 100000) / 100 + 1]);
  }
  return { vo, le };
}

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

/** Milliseconds of one ranged call and of the scalar calls (median and first run of each). */
function timeAvanceTipo1({ scalar = true } = {}) {
  const { vo, le } = ranges();
  const array = median(() => AVANCE_TIPO1(vo, le, null, null));
  const scalars = scalar
    ? median(() => {
        for (let i = 0; i < ROWS; i++) AVANCE_TIPO1([vo[i]], [le[i]], null, null);
      })
    : null;
  return { array, scalar: scalars };
}

module.exports = { timeAvanceTipo1, ROWS, RUNS, WARMUP };
