"use strict";
// The timing of AVANCE_TIPO1 over 100,000-row ranges (one array call, as Excel makes it for a
// spilled range) and over 100,000 scalar calls, shared by bench.js and bench-check.js's goal table.
const { performance } = require("node:perf_hooks");
const { AVANCE_TIPO1 } = require("../../lib/core/planFunctions/registry.js").PLAN_RUNNERS;

const ROWS = 100_000;
const RUNS = 15;
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

/** Median and slowest time of `fn` after a few warm-up runs (JIT), plus the first, cold run. */
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
  times.sort((a, b) => a - b);
  return { first, median: times[Math.floor(RUNS / 2)], slowest: times[RUNS - 1] };
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

// `node scripts/lib/avance-tipo1-timing.js`: the ranged call's timing as JSON, measured in a
// process of its own (bench-check.js spawns it, so its own heap of generated workbooks does not
// weigh on the function, as it would not in Excel's custom-functions runtime).
if (require.main === module) {
  process.stdout.write(JSON.stringify(timeAvanceTipo1({ scalar: false }).array));
}
