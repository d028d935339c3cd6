#!/usr/bin/env node
// Extracts the Lares PEI 2025-Sem1 data from seed 003 (../shared/seeds/003_d3ebd8c2017fab5f.txt)
// into test/fixtures/lares-pei-2025-sem1.json, so tests run without ../shared while every number
// stays traceable to the seed. Run again if the seed changes: node scripts/extract-seed-fixtures.js
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const seeds = path.resolve(__dirname, "../../shared/seeds");
const readSeed = (name) => fs.readFileSync(path.join(seeds, name), "utf8").split("\n");
const writeFixture = (name, data) => {
  const target = path.resolve(__dirname, "../test/fixtures", name);
  fs.writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
  return path.relative(process.cwd(), target);
};
const lines = readSeed("003_d3ebd8c2017fab5f.txt");
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
console.log(`${rows.length} AEI escritas en ${writeFixture("lares-pei-2025-sem1.json", out)}`);

// --- Lares POI seguimiento (seed 003, "REPORTE SEGUIMIENTO POI"): the OCR kept one line per AO.
const poiLines = [];
for (const line of lines) {
  const cells = line.split("\t").map((c) => c.trim());
  const at = cells.findIndex((c) => c === "PROGRAMADO" || c === "EJECUTADO");
  if (at !== 5 || cells.length < 12) continue;
  poiLines.push({
    actividad: cells[0],
    centroCosto: cells[1],
    prioridad: cells[2],
    unidadMedida: cells[3],
    acumulacion: cells[4],
    linea: cells[5],
    meses: cells.slice(6, 12).map(num),
  });
}
console.log(
  `${poiLines.length} líneas de AO escritas en ${writeFixture("lares-poi-2025-sem1.json", {
    source:
      "../shared/seeds/003_d3ebd8c2017fab5f.txt (Reporte de seguimiento POI, primer semestre 2025)",
    institution: "Municipalidad Distrital de Lares (UE 300711)",
    lines: poiLines,
  })}`
);

// --- EMSAPUNO POI 2024 (seed 004): fichas de proceso. Text extraction dropped blank cells (ceplan.md
// §8), so a row is kept only when all its 24 cells are filled: then nothing can have shifted.
const emsa = readSeed("004_ca56f396ed7c03d5.txt");
const fichas = [];
let ficha = null;
let inAlignment = false;
const LABELS = {
  "Periodo del PEI": "periodoPei",
  "Unidad Orgánica": "unidadOrganica",
  "Ficha de Proceso": "ficha",
  "Responsable del Proceso": "responsableProceso",
  "Objetivo del Proceso": "objetivoProceso",
};
for (const line of emsa) {
  const label =
    /^(Periodo del PEI|Unidad Orgánica|Ficha de Proceso|Responsable del Proceso|Objetivo del Proceso)\s*:\s*(.*)$/.exec(
      line.trim()
    );
  if (label) {
    if (label[1] === "Periodo del PEI" || !ficha || ficha.activities.length > 0) {
      ficha = { labels: {}, alignment: [], activities: [], dropped: 0 };
      fichas.push(ficha);
    }
    ficha.labels[LABELS[label[1]]] = label[2].trim();
    continue;
  }
  if (!ficha) continue;
  const cells = line.split("\t");
  if (cells[0].startsWith("Objetivo Estratégico Institucional")) {
    inAlignment = true;
    continue;
  }
  if (inAlignment && (line.trim() === "" || cells[0].startsWith("Número"))) inAlignment = false;
  if (inAlignment) {
    // Some blocks pad this table with empty cells; a row that continues the OEI starts empty.
    const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
    // A row continuing the OEI starts empty; one continuing the AEI (a second indicator) too.
    const continuesAei = cells[0].trim() === "" && !/^AEI/i.test(filled[0] || "");
    const values =
      cells[0].trim() === "" ? (continuesAei ? ["", "", ...filled] : ["", ...filled]) : filled;
    const [oei = "", aei = "", indicador = "", unidad = "", meta = ""] = values;
    ficha.alignment.push({ oei, aei, indicador, unidad, meta });
    continue;
  }
  if (!/^\d{2}$/.test(cells[0].trim()) || cells.length < 9) continue;
  while (cells.length > 24 && cells[cells.length - 1].trim() === "") cells.pop();
  const t = cells.map((c) => c.trim());
  if (cells.length !== 24 || t.some((c) => c === "")) {
    ficha.dropped++;
    continue;
  }
  ficha.activities.push({
    numero: t[0],
    actividad: t[1],
    unidadMedida: t[2],
    responsable: t[3],
    inicio: t[4],
    fin: t[5],
    meta: t[6],
    programacion: t.slice(7, 23),
    anual: t[23],
  });
}
const kept = fichas.filter((f) => f.activities.length > 0);
const activities = kept.reduce((n, f) => n + f.activities.length, 0);
console.log(
  `${kept.length} fichas con ${activities} actividades escritas en ${writeFixture(
    "emsapuno-poi-2024.json",
    {
      source: "../shared/seeds/004_ca56f396ed7c03d5.txt (POI 2024, fichas de proceso)",
      institution: "EMSAPUNO S.A.",
      note: "programacion: E F M, I Trimestre, A M J, II Trimestre, J A S, III Trimestre, O N D, IV Trimestre (texto tal como en el documento)",
      fichas: kept,
    }
  )}`
);

// --- EMSAPUNO PEI table (seed 004, Cuadro N° 1), row by row as printed: repeated headers at page
// breaks, OEI rows, "Acciones Estratégicas … del OEI" section rows, code-less second indicators.
const cuadroStart = emsa.findIndex((l) =>
  l.startsWith("Código\tObjetivo Estratégico Institucional / Acción")
);
const cuadroEnd = emsa.findIndex((l, i) => i > cuadroStart && l.startsWith("Fuente:"));
const cuadroRows = emsa
  .slice(cuadroStart, cuadroEnd)
  .map((l) => l.split("\t").map((c) => c.trim()))
  .map((cells) => (cells.every((c) => c === "") ? [] : cells.slice(0, 6)));
console.log(
  `${cuadroRows.length} filas del Cuadro N° 1 escritas en ${writeFixture(
    "emsapuno-pei-2023-2025.json",
    {
      source: "../shared/seeds/004_ca56f396ed7c03d5.txt (Cuadro N° 1, AEI e indicadores)",
      institution: "EMSAPUNO S.A.",
      rows: cuadroRows,
    }
  )}`
);

// --- EMSAPUNO budget (seed 004, Cuadros N° 2 y 3): tables that are not planning matrices.
const cuadro = (title) => {
  const at = emsa.findIndex((l) => l.startsWith(title));
  const rowsOut = [];
  for (let i = at + 2; i < emsa.length && emsa[i].trim() !== ""; i++)
    rowsOut.push(emsa[i].split("\t").map((c) => c.trim()));
  return { title: emsa[at].trim(), rows: rowsOut };
};
const resolution = emsa
  .slice(0, 60)
  .map((l) => l.trim())
  .filter((l) => l.length > 0);
console.log(
  `Presupuesto escrito en ${writeFixture("emsapuno-presupuesto-2024.json", {
    source: "../shared/seeds/004_ca56f396ed7c03d5.txt (Cuadros N° 2 y 3; resolución de aprobación)",
    ingresos: cuadro("Cuadro N° 2"),
    egresos: cuadro("Cuadro N° 3"),
    resolucion: resolution,
  })}`
);

// --- Seeds 000 (PROCOES, previsto vs logrado) and 001 (HdR-AS plan: metas per year, cronograma).
const { procoesFixture, hdrAsFixture } = require("./lib/seed-plan-fixtures");
const procoes = procoesFixture(readSeed("000_660a109632dbefbc.txt"));
console.log(
  `${procoes.rows.length} indicadores escritos en ${writeFixture("procoes-2018.json", procoes)}`
);
const hdr = hdrAsFixture(readSeed("001_19352c45d4a68b71.txt"));
console.log(
  `${hdr.plan.length} actividades con metas y ${hdr.cronograma.length} filas de cronograma escritas en ${writeFixture("hdr-as-2025.json", hdr)}`
);
