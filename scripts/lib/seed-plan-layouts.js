"use strict";
// The seed matrices that had no kind, laid out as sheets from their real data (issue 10, point 5):
// PROCOES's «previsto vs logrado» table (seed 000) and the HdR-AS plan of MVCS (seed 001): its
// Tabla 1 of metas per year, and its activities with the metas the plan table 2.2 states for each
// year beside the X of the cronograma 2.1 (one row per activity, joined by the activity code).
// Each builder returns the grid (rows from A1), its merged ranges, and the defects planted in it:
// only the one the issue asks for, a meta outside the cronograma, and only when asked.
const path = require("node:path");

const fixture = (name) => require(path.join(__dirname, "..", "..", "test", "fixtures", name));

function a1(row, col) {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** «110,814» → 110814, as a planner types it into Excel. */
const thousands = (text) => Number(String(text).replace(/,/g, ""));

/** Seed 000. `blankLogrado`: the row whose logrado is left blank (a test's planted defect). */
function procoesLayout({ blankLogrado = -1 } = {}) {
  const data = fixture("procoes-2018.json");
  const grid = [[data.program], [data.title], []];
  const header = grid.length;
  grid.push(["Indicador²", ...data.header.slice(1)]);
  const planted = [];
  data.rows.forEach((row, i) => {
    const r = grid.length;
    const blank = i === blankLogrado;
    if (blank) planted.push({ cell: a1(r, 2), rule: "V11.sin-logrado", what: "logrado en blanco" });
    grid.push([
      row.name,
      thousands(row.previsto),
      blank ? null : thousands(row.logrado),
      thousands(row.final),
    ]);
  });
  grid.push([data.notes[0]], [], [`² ${data.notes[1]}`]);
  return { grid, merges: [], header, headerRows: 1, planted };
}

/** Seed 001, Tabla 1: META | Línea Base | CORTO / MEDIANO / LARGO PLAZO over 2025 … 2030. */
function tabla1Layout() {
  const data = fixture("hdr-as-2025.json");
  const grid = [[data.title], ["Tabla 1. Resumen de las metas y proyecciones al 2030."], []];
  const header = grid.length;
  grid.push(data.tabla1.header.map((h) => h || null));
  grid.push([null, null, 2025, 2026, 2027, 2028, 2029, 2030]);
  for (const row of data.tabla1.rows.slice(1)) grid.push(row);
  const h = header + 1;
  const merges = [`A${h}:A${h + 1}`, `B${h}:B${h + 1}`, `C${h}:D${h}`, `E${h}:G${h}`];
  return { grid, merges, header, headerRows: 2, planted: [] };
}

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];
const PLAN_HEADER = [
  "Línea de Acción / Acción / Actividad",
  "Indicador",
  "META ACTIVIDAD",
  "Metas por año",
  ...Array(5).fill(null),
  "Cronograma de implementación",
  ...Array(6).fill(null),
  "Responsable",
];
/** The years, then (as the seed's cronograma prints them) «SEMESTRE» and «I | II» under 2025. */
const PLAN_SUBHEADERS = [
  [null, null, null, ...YEARS, 2025, null, ...YEARS.slice(1), null],
  [...Array(9).fill(null), "SEMESTRE"],
  [...Array(9).fill(null), "I", "II"],
];
/** Column of each year's meta (D … I) and of the cronograma (J … P). */
const META_COL = 3;
const X_COL = 3 + YEARS.length;

/** A year's meta as the plan states it: its quantity («01 plan …» → 1), else the statement. */
function metaOf(statements, year) {
  // When two statements cover one year (4.1.1.1: 04 proyectos and 02 estudios from 2026), the
  // year's cell shows the first; the META ACTIVIDAD column keeps the plan's whole text.
  const s = statements.find((st) => st.years.includes(year));
  if (!s) return null;
  return s.quantity ?? (s.text.length > 40 ? `${s.text.slice(0, 39)}…` : s.text);
}

/**
 * Seed 001, the plan: every row of the cronograma 2.1 (objectives, líneas, actions, activities);
 * each activity with its indicator, META ACTIVIDAD text, metas by year and X marks.
 * `planted`: adds a meta in 2026 to activity 1.1.1.1, whose cronograma marks only 2025 (I).
 */
function hdrPlanLayout({ planted: plant = false } = {}) {
  const data = fixture("hdr-as-2025.json");
  const byCode = new Map(data.plan.map((p) => [p.code, p]));
  const grid = [
    [data.title],
    [`${data.institution}. Metas de las actividades (2.2) y cronograma 2025 al 2030 (2.1).`],
    [],
  ];
  const header = grid.length;
  grid.push([...PLAN_HEADER], ...PLAN_SUBHEADERS.map((row) => [...row]));
  const planted = [];
  for (const row of data.cronograma) {
    const r = grid.length;
    const cells = new Array(PLAN_HEADER.length).fill(null);
    cells[0] = row.label;
    const plan = row.code ? byCode.get(row.code) : undefined;
    if (plan) {
      cells[1] = plan.indicador || null;
      cells[2] = plan.meta || null;
      YEARS.forEach((y, i) => (cells[META_COL + i] = metaOf(plan.statements, y)));
      cells[PLAN_HEADER.length - 1] = plan.responsable || null;
    }
    row.marks.forEach((x, i) => (cells[X_COL + i] = x ? "X" : null));
    if (plant && row.code === "1.1.1.1") {
      // PLANTED DEFECT (issue 10): a meta in 2026, a year this activity's cronograma leaves blank.
      cells[META_COL + 1] = 1;
      planted.push({
        cell: a1(r, META_COL + 1),
        rule: "V6.meta-fuera-de-cronograma",
        what: "meta 2026 fuera del cronograma",
      });
    }
    grid.push(cells);
  }
  const h = header + 1;
  const col = (c) => a1(0, c).replace(/\d+$/, "");
  const last = PLAN_HEADER.length - 1;
  const merges = [
    ...[0, 1, 2, last].map((c) => `${col(c)}${h}:${col(c)}${h + 3}`),
    `${col(META_COL)}${h}:${col(X_COL - 1)}${h}`,
    `${col(X_COL)}${h}:${col(last - 1)}${h}`,
    ...YEARS.map((_, i) => `${col(META_COL + i)}${h + 1}:${col(META_COL + i)}${h + 3}`),
    `${col(X_COL)}${h + 1}:${col(X_COL + 1)}${h + 1}`,
    `${col(X_COL)}${h + 2}:${col(X_COL + 1)}${h + 2}`,
    ...YEARS.slice(1).map((_, i) => `${col(X_COL + 2 + i)}${h + 1}:${col(X_COL + 2 + i)}${h + 3}`),
  ];
  return { grid, merges, header, headerRows: 4, planted };
}

/**
 * ILLUSTRATIVE logrados 2025 (not published: the HdR-AS plan states metas, no execution). They
 * are made up for the «Seguimiento 2025» sheet, to show the avance Semáforo computes once a plan
 * carries a «Logrado 2025» column; the note row of the sheet says so. 4.1.1.1's logrado is left
 * blank on purpose (V11.sin-logrado); 1.1.3.1's meta is a statement, so it has no avance.
 */
const ILLUSTRATIVE_LOGRADOS_2025 = new Map([
  ["1.1.1.2", 3],
  ["1.1.2.2", 2],
  ["1.1.3.1", null],
  ["1.2.2.1", 1],
  ["1.4.1.1", 1],
  ["4.1.1.1", null],
]);

/**
 * Seed 001 followed up: a handful of the plan's real activities, with their real metas and
 * cronograma (as in hdrPlanLayout), and an added «Logrado 2025» column of ILLUSTRATIVE values.
 */
function hdrSeguimientoLayout() {
  const plan = hdrPlanLayout();
  const codeOf = (row) => /^(\d+(?:\.\d+){3})\.?\s/.exec(String(row[0] ?? ""))?.[1];
  const note =
    "Nota: los valores de «Logrado 2025» son ILUSTRATIVOS (el plan publicado no informa logrados); metas y cronograma son los del plan.";
  const grid = [plan.grid[0], [note], []];
  const header = grid.length;
  const col = PLAN_HEADER.length;
  plan.grid
    .slice(header, header + 4)
    .forEach((row, i) => grid.push([...row, i === 0 ? "Logrado 2025" : null]));
  const planted = [];
  for (const row of plan.grid.slice(header + 4)) {
    const code = codeOf(row);
    if (!code || !ILLUSTRATIVE_LOGRADOS_2025.has(code)) continue;
    const logrado = ILLUSTRATIVE_LOGRADOS_2025.get(code);
    if (logrado === null && typeof row[META_COL] === "number")
      planted.push({
        cell: a1(grid.length, col),
        rule: "V11.sin-logrado",
        what: "logrado 2025 en blanco",
      });
    grid.push([...row, logrado]);
  }
  const h = header + 1;
  const letter = a1(0, col).replace(/\d+$/, "");
  const merges = [...plan.merges, `${letter}${h}:${letter}${h + 3}`];
  return { grid, merges, header, headerRows: 4, planted };
}

/** The cell of an activity's meta for a year in the plan grid (for tests naming findings). */
function planMetaCell(grid, code, year) {
  const starts = (row) =>
    typeof row[0] === "string" && new RegExp(`^${code.replace(/\./g, "\\.")}\\.?\\s`).test(row[0]);
  const r = grid.findIndex(starts);
  return r < 0 ? null : a1(r, META_COL + YEARS.indexOf(year));
}

module.exports = {
  procoesLayout,
  tabla1Layout,
  hdrPlanLayout,
  hdrSeguimientoLayout,
  planMetaCell,
  ILLUSTRATIVE_LOGRADOS_2025,
};
