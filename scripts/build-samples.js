#!/usr/bin/env node
// Builds the sample workbooks in samples/ from the fixtures extracted from the seeds (real data
// of Lares and EMSAPUNO), laid out as planners have them: title blocks, two-row merged headers,
// headers repeated at page breaks, ficha label blocks, numbers typed as text where the source
// printed them so. Runs on `npm install` (prepare) after the CLI build, whose parser it reuses.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow } = require("./lib/ficha-layout");
const { addBudgetExecutionSheet } = require("./lib/budget-layout");
const { parseNumberText } = require("../lib/core/numbers/parseNumber.js");
const { procoesSample, hdrAsSample } = require("./lib/seed-plan-samples");

const root = path.resolve(__dirname, "..");
const fixture = (name) => require(path.join(root, "test", "fixtures", name));
const outDir = path.join(root, "samples");
const FIXED_DATE = new Date("2025-07-31T12:00:00Z");

/** A number when the text is one ("3,960" → 3960), null for blanks, the text otherwise. */
function value(text) {
  if (text === null || text === undefined) return null;
  const t = String(text).trim();
  if (t === "") return null;
  const n = parseNumberText(t);
  return typeof n === "number" ? n : t;
}

function newBook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Semáforo (muestras generadas desde informes públicos)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function put(ws, row, values) {
  values.forEach((v, i) => {
    if (v !== null && v !== undefined && v !== "") ws.getCell(row, i + 1).value = v;
  });
}

function boldRow(ws, row, from, to) {
  for (let c = from; c <= to; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  }
}

async function save(wb, name) {
  fs.mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, name);
  const tmp = `${target}.tmp`;
  await wb.xlsx.writeFile(tmp);
  fs.renameSync(tmp, target);
  return name;
}

// --- Lares PEI seguimiento 2025-Sem1 (seed 003) -------------------------------------------------
async function laresPei() {
  const data = fixture("lares-pei-2025-sem1.json");
  const wb = newBook();
  const ws = wb.addWorksheet("Tabla 3");
  ws.columns = [
    { width: 18 },
    { width: 60 },
    { width: 38 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
  ];
  put(ws, 1, ["MUNICIPALIDAD DISTRITAL DE LARES"]);
  put(ws, 2, ["Informe de evaluación del primer semestre 2025 — Tabla 3. Avance de las AEI"]);
  let r = 4;
  const header = () => {
    put(ws, r, [
      "Código",
      "Denominación",
      "Unidad de Organización",
      "Logro Esperado",
      "Valores Obtenidos",
      "Avance Tipo I (%)",
    ]);
    put(ws, r + 1, [null, null, null, "2025", "2025 - Sem1", "2025 - Sem1"]);
    for (const col of ["A", "B", "C"]) ws.mergeCells(`${col}${r}:${col}${r + 1}`);
    boldRow(ws, r, 1, 6);
    boldRow(ws, r + 1, 1, 6);
    r += 2;
  };
  header();
  // Page breaks where the printed report repeats its header (before these indicator rows).
  const breaks = new Set(["AEI.03.01", "AEI.08.02", "AEI.09.03"]);
  for (const row of data.rows) {
    if (breaks.has(row.code) && row.code !== "AEI.03.01") header();
    put(ws, r++, [row.code, row.name, null, null, null, row.printed]);
    if (row.code === "AEI.03.01") header();
    const le = row.leText.includes(",") ? row.leText : row.le;
    const vo = row.voText.includes(",") ? row.voText : row.vo;
    if (row.code === "AEI.05.01") {
      // The printed report splits this indicator's name across a page break (ceplan.md §7).
      put(ws, r++, [
        row.indicator,
        "Porcentaje de infraestructura",
        "09.01-GERENCIA DE DESARROLLO",
        le,
        vo,
        row.printed,
      ]);
      header();
      put(ws, r++, [
        null,
        "educativa en adecuadas condiciones con intervención de la municipalidad.",
        "TERRITORIAL E INFRAESTRUCTURA",
      ]);
      continue;
    }
    put(ws, r++, [row.indicator, row.indicatorName, row.unidad, le, vo, row.printed]);
  }
  put(ws, r, ["Avance promedio de AEI:", null, null, null, null, data.printedAverage]);

  // The Aplicativo's own report, for the rows its OCR kept legible (with sentido and línea base).
  const ap = wb.addWorksheet("Reporte aplicativo");
  const labels = [
    "Período PEI : 2025 - 2030",
    "Nivel de Gobierno : M - GOBIERNOS LOCALES",
    "Departamento : 08 - CUSCO",
    "Provincia : 0804 - CALCA",
    "Distrito : 080404 - LARES",
    "Unidad Ejecutora : 300711 - MUNICIPALIDAD DISTRITAL DE LARES",
  ];
  put(ap, 1, [
    "REPORTE DE SEGUIMIENTO SEMESTRAL DEL PLAN ESTRATEGICO INSTITUCIONAL (PEI) 2025-2030",
  ]);
  put(ap, 2, ["(Correspondiente al primer semestre del año 2025)"]);
  labels.forEach((l, i) => put(ap, 4 + i, [l]));
  const h = 11;
  put(ap, h, [
    "Código",
    "Denominación",
    "UE",
    "Unidad de Organización",
    "Relevancia",
    "Sentido Esperado",
    "Tipo de Agregación",
    "Línea Base",
    null,
    "Logro Esperado",
    null,
    null,
    null,
    null,
    null,
    "Valores Obtenidos",
    "Avance Tipo I (%)",
  ]);
  put(ap, h + 1, [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "Año",
    "Valor",
    2025,
    2026,
    2027,
    2028,
    2029,
    2030,
    "2025 - Sem1",
    "2025 - Sem1",
  ]);
  ap.mergeCells(`H${h}:I${h}`);
  ap.mergeCells(`J${h}:O${h}`);
  for (const col of ["A", "B", "C", "D", "E", "F", "G"]) ap.mergeCells(`${col}${h}:${col}${h + 1}`);
  boldRow(ap, h, 1, 17);
  boldRow(ap, h + 1, 1, 17);
  let a = h + 2;
  for (const row of data.rows) {
    // AEI.10.01 lost a cell in the OCR (its series runs into the valor obtenido): left out.
    if (!row.logros || row.code === "AEI.10.01") continue;
    put(ap, a++, [
      row.code,
      row.name,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      row.printed,
    ]);
    put(ap, a++, [
      row.indicator,
      row.indicatorName,
      "300711-MUNICIPALIDAD DISTRITAL DE LARES",
      row.unidad,
      null,
      row.sentido,
      row.tipoAgregacion,
      2023,
      row.lineaBase,
      ...row.logros,
      row.vo,
      row.printed,
    ]);
  }

  // The report's summary per OEI: a table, not a planning matrix.
  const res = wb.addWorksheet("Resumen OEI");
  put(res, 1, ["OEI", "DESEMPEÑO DE LAS AEI", null, null, "NUMERO DE INDICADORES", "TOTAL DE AEI"]);
  put(res, 2, [null, "MALO", "REGULAR", "BUENO"]);
  put(res, 3, [null, "0-30%>", "30-50%>", "≥50%"]);
  return save(wb, "lares-pei-2025-s1.xlsx");
}

// --- Lares POI seguimiento 2025-Sem1 (seed 003) -------------------------------------------------
async function laresPoi() {
  const data = fixture("lares-poi-2025-sem1.json");
  const wb = newBook();
  const ws = wb.addWorksheet("Seguimiento POI");
  ws.columns = [
    { width: 70 },
    { width: 40 },
    { width: 10 },
    { width: 18 },
    { width: 16 },
    { width: 14 },
  ];
  put(ws, 1, ["MUNICIPALIDAD DISTRITAL DE LARES"]);
  put(ws, 2, ["REPORTE DE SEGUIMIENTO SEMESTRAL DEL PLAN OPERATIVO INSTITUCIONAL (POI) 2025-2027"]);
  put(ws, 3, ["(Correspondiente al primer semestre del año 2025)"]);
  put(ws, 5, [
    "Actividad Operativa / Inversión",
    "Centro de Costo",
    "Prioridad",
    "Unidad de Medida",
    "Tipo de Acumulación",
    "Programado / Ejecutado",
    "Ene",
    "Feb",
    "Mar",
    "Abr",
    "May",
    "Jun",
  ]);
  boldRow(ws, 5, 1, 12);
  let r = 6;
  for (const l of data.lines) {
    put(ws, r++, [
      l.actividad,
      l.centroCosto,
      l.prioridad,
      l.unidadMedida,
      l.acumulacion,
      l.linea,
      ...l.meses,
    ]);
  }
  return save(wb, "lares-poi-2025-s1.xlsx");
}

// --- EMSAPUNO POI 2024 fichas and PEI table (seed 004) -------------------------------------------
async function emsapuno() {
  const poi = fixture("emsapuno-poi-2024.json");
  const pei = fixture("emsapuno-pei-2023-2025.json");
  const wb = newBook();
  const ws = wb.addWorksheet("POI 2024");
  ws.columns = [
    { width: 8 },
    { width: 55 },
    { width: 12 },
    { width: 22 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
  ];
  const LABEL_TEXT = {
    periodoPei: "Periodo del PEI",
    unidadOrganica: "Unidad Orgánica",
    ficha: "Ficha de Proceso",
    responsableProceso: "Responsable del Proceso",
    objetivoProceso: "Objetivo del Proceso",
  };
  let r = 1;
  for (const f of poi.fichas) {
    put(ws, r++, ["EMSAPUNO S.A."]);
    put(ws, r++, ["PLAN OPERATIVO INSTITUCIONAL - POI"]);
    put(ws, r++, ["AÑO 2024"]);
    r++;
    for (const [key, text] of Object.entries(LABEL_TEXT)) {
      if (f.labels[key]) put(ws, r++, [`${text} : ${f.labels[key]}`]);
    }
    r++;
    if (f.alignment.length > 0) {
      put(ws, r, [
        "Objetivo Estratégico Institucional",
        null,
        "Acción Estratégica Institucional",
        null,
        "Indicador",
        null,
        "Unidad de Medida",
        "Meta año 2024",
      ]);
      ws.mergeCells(`A${r}:B${r}`);
      ws.mergeCells(`C${r}:D${r}`);
      ws.mergeCells(`E${r}:F${r}`);
      boldRow(ws, r, 1, 8);
      r++;
      for (const al of f.alignment) {
        put(ws, r++, [al.oei, null, al.aei, null, al.indicador, null, al.unidad, value(al.meta)]);
      }
      r++;
    }
    put(ws, r, FICHA_HEADER);
    put(ws, r + 1, FICHA_SUBHEADER);
    for (const col of ["A", "B", "C", "D", "E", "F", "G", "X"])
      ws.mergeCells(`${col}${r}:${col}${r + 1}`);
    ws.mergeCells(`H${r}:W${r}`);
    boldRow(ws, r, 1, 24);
    boldRow(ws, r + 1, 1, 24);
    r += 2;
    for (const act of f.activities) put(ws, r++, fichaActivityRow(act, value));
    r += 5;
  }

  const ps = wb.addWorksheet("PEI 2023-2025");
  ps.columns = [
    { width: 14 },
    { width: 60 },
    { width: 60 },
    { width: 10 },
    { width: 12 },
    { width: 30 },
  ];
  put(ps, 1, ["Cuadro N° 1 Acciones Estratégicas Institucionales e indicadores de Gestión"]);
  let p = 3;
  for (const row of pei.rows) {
    const isHeader = row[0] === "Código";
    put(
      ps,
      p,
      row.map((c, i) => (i === 4 && !isHeader ? value(c) : c || null))
    );
    if (isHeader) boldRow(ps, p, 1, 6);
    p++;
  }
  return save(wb, "emsapuno-poi-2024.xlsx");
}

// --- Not a planning matrix: EMSAPUNO's budget tables and its approval resolution ------------------
async function presupuesto() {
  const data = fixture("emsapuno-presupuesto-2024.json");
  const wb = newBook();
  for (const [name, table] of [
    ["Ingresos", data.ingresos],
    ["Egresos", data.egresos],
  ]) {
    const ws = wb.addWorksheet(name);
    put(ws, 1, [table.title]);
    table.rows.forEach((row, i) =>
      put(
        ws,
        3 + i,
        row.map((c, j) => (j === 0 || i === 0 ? c : value(c)))
      )
    );
    ws.getColumn(1).width = 48;
  }
  const prose = wb.addWorksheet("Resolución");
  data.resolucion.forEach((line, i) => put(prose, i + 1, [line]));
  prose.getColumn(1).width = 120;
  // A budget execution table (seed 003: Lares 2025-Sem1), the planning matrix of this workbook.
  addBudgetExecutionSheet(wb, fixture("lares-ejecucion-presupuestal-2025-sem1.json"), {
    put,
    boldRow,
  });
  return save(wb, "presupuesto-emsapuno-2024.xlsx");
}

(async () => {
  const written = [await laresPei(), await laresPoi(), await emsapuno(), await presupuesto()];
  // Seeds 000 and 001 (issue 10): PROCOES previsto vs logrado, the HdR-AS plan.
  const helpers = { newBook, put, boldRow, save };
  written.push(await procoesSample(helpers), await hdrAsSample(helpers));
  console.log(`Muestras escritas en samples/: ${written.join(", ")}`);
})().catch((error) => {
  console.error(`No se pudieron escribir las muestras: ${error.message}`);
  process.exit(1);
});
