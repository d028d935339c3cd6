#!/usr/bin/env node
// `npm run bench`: compute time of AVANCE_TIPO1 over 100,000-row ranges (one array call, as Excel
// makes it for a spilled range) against 100,000 scalar calls. Figures are medians of several runs
// in one process, so compare the ratio rather than absolute times on a shared machine.
"use strict";
const { timeAvanceTipo1, ROWS, RUNS, WARMUP } = require("./lib/avance-tipo1-timing");

const { array, scalar } = timeAvanceTipo1();
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const rows = ROWS.toLocaleString("es-PE");
const goal = array.median < 50 ? "cumple" : "NO cumple";
console.log(
  `AVANCE_TIPO1, ${rows} filas (mediana de ${RUNS} corridas tras ${WARMUP} de calentamiento)`
);
console.log(
  `  una llamada con rangos:     ${fmt(array.median)}, la más lenta ${fmt(array.slowest)}  (meta < 50 ms: ${goal}; en frío: ${fmt(array.first)})`
);
console.log(`  ${rows} llamadas escalares: ${fmt(scalar.median)}  (en frío: ${fmt(scalar.first)})`);
console.log(`  razón escalares / rango:    ${(scalar.median / array.median).toFixed(2)}`);
