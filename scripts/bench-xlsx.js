#!/usr/bin/env node
// `npm run bench` (part 3): the streaming reader and the surgical writer against ExcelJS, each
// measured in its own process (wall time, and peak memory from the kernel's maxRSS). The
// 20,000-activity POI's check is in bench-check.js's goal table (paired runs). Here:
//   - check on a 100,000-row workbook (goal: < 400 MB peak), and on a batch of BENCH_BATCH copies
//     of it (default 200; goal: peak within 1.2× of one file's);
//   - apply on a 20,000-activity POI export (goal: no slower than ExcelJS's full load of it);
//   - hostile files (goal: each answered within 30 s and 1 GB; BENCH_ONLY=hostile runs only these).
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow } = require("./lib/ficha-layout");
const { parseNumberText } = require("../lib/core/numbers/parseNumber.js");
const data = require("../test/fixtures/emsapuno-poi-2024.json");
const { hostileXlsx, MATRIX_HEAD } = require("./lib/hostile-xlsx");
const { buildAplicativoExport } = require("./lib/aplicativo-export");

const root = path.resolve(__dirname, "..");
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const value = (t) => {
  const n = parseNumberText(String(t));
  return typeof n === "number" ? n : t === "" ? null : t;
};

/** EMSAPUNO fichas repeated with their real activity rows (as bench-check.js builds them). */
async function buildProgramacion(file, activities) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("POI");
  let written = 0;
  let f = 0;
  let rows = 0;
  const add = (r) => {
    ws.addRow(r).commit();
    rows++;
  };
  while (written < activities) {
    const ficha = data.fichas[f++ % data.fichas.length];
    add([`Unidad Orgánica : ${ficha.labels.unidadOrganica || ""}`]);
    add([`Ficha de Proceso : ${ficha.labels.ficha || ""} (${f})`]);
    add(FICHA_HEADER);
    add(FICHA_SUBHEADER);
    for (let k = 0; k < 25 && written < activities; k++, written++) {
      const a = ficha.activities[k % ficha.activities.length];
      add(fichaActivityRow(a, value, String(k + 1).padStart(2, "0")));
    }
    add([]);
  }
  ws.commit();
  await wb.commit();
  return rows;
}

/** The Aplicativo's POI export layout (one row per activity, F(RE)/F(SE) by month). */
async function buildExport(file, activities) {
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("POI por AO");
  ws.addRow([
    "POI",
    "Etapa",
    "UE ID",
    "Actividad Operativa ID",
    "Actividad Operativa",
    "Acumulado",
    "Tipo",
    ...months.map((m) => `F(RE) ${m}`),
    ...months.map((m) => `F(SE) ${m}`),
  ]);
  for (let i = 0; i < activities; i++) {
    ws.addRow([
      "2026",
      "SEGUIMIENTO",
      "000127",
      `AOI${String(i).padStart(11, "0")}`,
      `Actividad ${i}`,
      "SI",
      "ANUAL",
      ...months.map(() => 10),
      ...months.map((_, m) => (m < 6 ? (i % 13) + 1 : null)),
    ]);
  }
  await wb.xlsx.writeFile(file);
}

async function hostile(dir) {
  const head = MATRIX_HEAD;
  const cases = [];
  const merge = path.join(dir, "merge-xfd.xlsx");
  await hostileXlsx(
    merge,
    `<sheetData>${head}</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>`
  );
  cases.push(["una combinación A20:XFD1048576", merge]);
  const many = path.join(dir, "merges-40000.xlsx");
  const rows = Array.from(
    { length: 40000 },
    (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>${i}</v></c></row>`
  ).join("");
  const merges = Array.from(
    { length: 40000 },
    (_, i) => `<mergeCell ref="A${i + 3}:C${i + 3}"/>`
  ).join("");
  await hostileXlsx(
    many,
    `<sheetData>${head}${rows}</sheetData><mergeCells count="40000">${merges}</mergeCells>`
  );
  cases.push(["40 000 combinaciones pequeñas", many]);
  const spans = path.join(dir, "spans.xls");
  fs.writeFileSync(
    spans,
    '<html><table><tr><td colspan="100000" rowspan="100000">x</td></tr></table></html>'
  );
  cases.push(["HTML con colspan/rowspan 100000", spans]);
  const text = path.join(dir, "texto-300mb.xlsx");
  await hostileXlsx(
    text,
    `<sheetData>${head}<row r="4"><c r="A4" t="s"><v>0</v></c></row></sheetData>`,
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${"A".repeat(300 * 2 ** 20)}</t></si></sst>`
  );
  cases.push([
    `un texto de 300 MB (${(fs.statSync(text).size / 1024).toFixed(0)} KiB comprimido)`,
    text,
  ]);
  console.log("archivos hostiles (meta: cada uno en ≤ 30 s y ≤ 1 GB)");
  for (const [label, file] of cases) {
    const r = measure(["bin/semaforo.js", "check", file, "--jsonl"], true);
    console.log(`  ${label}: ${fmt(r)} ${verdict(r.seconds <= 30 && r.mib <= 1024)}`);
  }
  const all = measure(
    ["bin/semaforo.js", "check", ...cases.map((c) => c[1]), poiSmall(dir), "--jsonl"],
    true
  );
  console.log(`  todos juntos en un lote con un libro válido: ${fmt(all)}`);
}

function poiSmall(dir) {
  const file = path.join(dir, "valido.csv");
  fs.writeFileSync(
    file,
    "Código;Denominación;Logro Esperado;Valores Obtenidos\nIND.01.AEI.03.01;x;46,36;42,72\n"
  );
  return file;
}

/** Runs node with the peak-memory reporter; returns seconds and MiB. */
function measure(args, anyExit = false) {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ["--require", path.join(__dirname, "lib/max-rss.js"), ...args],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "ignore", "pipe"],
    }
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = /@@maxrss (\d+)/.exec(r.stderr ?? "");
  if (!rss || (!anyExit && r.status !== 0 && r.status !== 1)) {
    throw new Error(
      `falló ${args.join(" ")} (código ${r.status}): ${String(r.stderr).slice(0, 500)}`
    );
  }
  return { seconds, mib: Number(rss[1]) / 1024 };
}

const excelLoad = (file) =>
  measure([
    "-e",
    `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`,
  ]);
const check = (...files) => measure(["bin/semaforo.js", "check", ...files, "--jsonl"]);
const fmt = (m) => `${m.seconds.toFixed(2)} s, ${m.mib.toFixed(0)} MiB`;
const verdict = (ok) => (ok ? "cumple" : "NO cumple");

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-bench-xlsx-"));
  try {
    // BENCH_ONLY=hostile runs only the hostile files.
    if (process.env.BENCH_ONLY === "hostile") return await hostile(dir);
    // The Aplicativo's 277-column export, 5,000 activities: check (goal ≤ 0.40× ExcelJS's load)
    // and apply --resumen (goals ≤ 0.70× and ≤ 300 MiB).
    const apl = path.join(dir, "aplicativo-5000.xlsx");
    const cols = await buildAplicativoExport(apl, 5000);
    const aplLoad = excelLoad(apl);
    const aplCheck = check(apl);
    const aplApply = measure([
      ...["bin/semaforo.js", "apply", apl, "-o", path.join(dir, "aplicativo-salida.xlsx")],
      ...["--formulas", "nativas", "--resumen"],
    ]);
    const aplSize = (fs.statSync(apl).size / 2 ** 20).toFixed(1);
    console.log(`exportación del Aplicativo, 5 000 AO × ${cols} columnas (${aplSize} MiB)`);
    console.log(`  carga completa con ExcelJS: ${fmt(aplLoad)}`);
    console.log(`  semaforo check --jsonl:     ${fmt(aplCheck)}`);
    console.log(`  semaforo apply --resumen:   ${fmt(aplApply)}`);
    const rc = aplCheck.seconds / aplLoad.seconds;
    const ra = aplApply.seconds / aplLoad.seconds;
    console.log(`  razón check / carga: ${rc.toFixed(2)} (meta ≤ 0.40) ${verdict(rc <= 0.4)}`);
    console.log(`  razón apply / carga: ${ra.toFixed(2)} (meta ≤ 0.70) ${verdict(ra <= 0.7)}`);
    console.log(
      `  pico de memoria de apply: ${aplApply.mib.toFixed(0)} MiB (meta ≤ 300) ${verdict(aplApply.mib <= 300)}`
    );

    const big = path.join(dir, "filas-100000.xlsx");
    const rows100k = await buildProgramacion(big, 80_000);
    const one = check(big);
    console.log(
      `check sobre ${rows100k} filas: ${fmt(one)} (meta < 400 MiB) ${verdict(one.mib < 400)}`
    );
    if (BATCH > 0) {
      const batchDir = path.join(dir, "lote");
      fs.mkdirSync(batchDir);
      for (let i = 0; i < BATCH; i++)
        fs.linkSync(big, path.join(batchDir, `libro-${String(i).padStart(3, "0")}.xlsx`));
      const batch = check(batchDir);
      const ratio = batch.mib / one.mib;
      console.log(
        `lote de ${BATCH} libros de ${rows100k} filas: ${fmt(batch)}; razón de memoria lote / uno: ${ratio.toFixed(2)} (meta ≤ 1.2) ${verdict(ratio <= 1.2)}`
      );
    }

    const exp = path.join(dir, "export-20000.xlsx");
    await buildExport(exp, 20_000);
    const expLoad = excelLoad(exp);
    const apply = measure([
      "bin/semaforo.js",
      "apply",
      exp,
      "-o",
      path.join(dir, "export-salida.xlsx"),
      "--formulas",
      "nativas",
      "--resumen",
    ]);
    console.log(`apply quirúrgico, exportación POI de 20 000 actividades`);
    console.log(`  carga completa con ExcelJS: ${fmt(expLoad)}`);
    console.log(`  semaforo apply --resumen:   ${fmt(apply)}`);
    console.log(
      `  razón apply / carga: ${(apply.seconds / expLoad.seconds).toFixed(2)} (meta ≤ 1) ${verdict(apply.seconds <= expLoad.seconds)}`
    );
    await hostile(dir);
  } finally {
    if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(dir);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
