#!/usr/bin/env node
// Extracts the Lares PEI 2025-Sem1 data from seed 003 (../shared/seeds/003_d3ebd8c2017fab5f.txt)
// into test/fixtures/lares-pei-2025-sem1.json, so tests run without ../shared while every number
// stays traceable to the seed. Run again if the seed changes: node scripts/extract-seed-fixtures.js
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const seedPath = path.resolve(__dirname, "../../shared/seeds/003_d3ebd8c2017fab5f.txt");
const lines = fs.readFileSync(seedPath, "utf8").split("\n");
const num = (s) => Number(String(s).replace(/,/g, ""));

// Tabla 3 ("Avance Tipo I") runs from the first AEI.01.01 row with a printed avance to the footer.
const start = lines.findIndex((l) => /^AEI\.01\.01\t.*\(Prioridad:1\)\t+0\s*$/.test(l));
const end = lines.findIndex((l, i) => i > start && l.startsWith("Avance promedio de AEI:"));
if (start < 0 || end < 0) throw new Error("Tabla 3 no encontrada en la semilla 003");

const aei = new Map();
for (const line of lines.slice(start, end)) {
  const cells = line.split("\t");
  const code = cells[0].trim();
  if (/^AEI\.\d\d\.\d\d$/.test(code)) {
    const numbers = cells
      .slice(2)
      .filter((c) => c.trim() !== "")
      .map(num);
    aei.set(code, {
      code,
      oei: `OEI.${code.slice(4, 6)}`,
      name: cells[1].trim(),
      printed: numbers[numbers.length - 1],
    });
  } else if (/^IND\.01\.AEI\.\d\d\.\d\d$/.test(code)) {
    const row = aei.get(code.slice(7));
    row.indicator = code;
    row.indicatorName = cells[1].trim();
    row.unidad = cells[2].trim();
    row.le = num(cells[3]);
    row.vo = num(cells[4]);
    row.leText = cells[3].trim();
    row.voText = cells[4].trim();
  }
}

// The Aplicativo's own report (end of the seed) states sentido, tipo, línea base and LE series for
// the rows the OCR kept legible. Its first column is mislabelled, so rows are keyed by IND code.
const series = {};
for (const line of lines) {
  const cells = line.split("\t").map((c) => c.trim());
  const i = cells.findIndex((c) => /^IND\.01[ .]AEI\.\d\d\.\d\d$/.test(c));
  if (i < 0) continue;
  const sentidoAt = cells.findIndex((c) => /^(Ascendente|Descendente|No Definido)$/.test(c));
  if (sentidoAt < 0) continue;
  const after = cells.slice(sentidoAt + 2).filter((c) => c !== "");
  const code = cells[i].replace(" ", ".");
  series[code] = {
    sentido: cells[sentidoAt],
    tipoAgregacion: cells[sentidoAt + 1],
    lineaBaseAnio: num(after[0]),
    lineaBase: num(after[1]),
    logros: after.slice(2, 8).map(num),
  };
}

const rows = [...aei.values()];
for (const row of rows) {
  const s = series[row.indicator];
  row.sentido = s ? s.sentido : null;
  row.tipoAgregacion = s ? s.tipoAgregacion : null;
  row.lineaBase = s ? s.lineaBase : null;
  row.logros = s ? s.logros : null;
}
const footer = lines[end].split("\t").filter((c) => c.trim() !== "");
const out = {
  source: "../shared/seeds/003_d3ebd8c2017fab5f.txt (Tabla 3 y reporte del aplicativo)",
  institution: "Municipalidad Distrital de Lares (UE 300711)",
  period: "2025 - Sem1",
  printedAverage: num(footer[footer.length - 1]),
  rows,
};
const target = path.resolve(__dirname, "../test/fixtures/lares-pei-2025-sem1.json");
fs.writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${rows.length} AEI escritas en ${path.relative(process.cwd(), target)}`);
