"use strict";
// Fixtures after the real files of issue 24 (values synthetic and seeded; column names and code
// spellings as in the real files): a national agency's flat POI whose task columns are versioned
// (COD_TAREA_V0…V2, TAREAS_V1, TAREAS_V2), with AO rows that have no task (their unit in UM_AO),
// tasks coded ELIMINAR that still carry programming, rows whose twelve months are 0, and tasks
// without a unit. Each builder returns the grid and the defects planted in it.
const { flatPoiTareas, FLAT_POI_HEADER } = require("./flat-layouts");

function a1(row, col) {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** The real file's header: ID_META_SIAF gives way to TAREAS_V1, TAREAS is TAREAS_V2. */
const VERSIONED_HEADER = FLAT_POI_HEADER.map((h) =>
  h === "ID_META_SIAF"
    ? "TAREAS_V1"
    : h === "TAREAS"
      ? "TAREAS_V2"
      : h === "FUENTE"
        ? "FUENTE PREVALECE"
        : h
);
const COL = Object.fromEntries(VERSIONED_HEADER.map((h, i) => [h, i]));
const TASK_COLUMNS = [
  "COD_TAREA_V0",
  "COD_TAREA_V1",
  "COD_TAREA_V2",
  "TAREAS_V1",
  "TAREAS_V2",
  "UM_TAREA",
];
const MONTH0 = COL.ENE;

/**
 * The flat POI by task with versioned task columns (1,701 rows). On top of flatPoiTareas' own
 * planted defects (two TOTALs, one task twice in its AO), it plants: 40 tasks coded ELIMINAR in
 * COD_TAREA_V2 that still carry programming (V11.tarea-eliminada at the code), 34 task rows whose
 * twelve months and TOTAL are 0 (V11.fila-sin-programar at the TOTAL) and 2 tasks without unit
 * (V7.requerido at UM_TAREA). 117 AO have no task: their row carries the AO's programming and
 * its unit in UM_AO, and is no finding. 10 tasks coded ELIMINAR with no programming left are
 * no finding either.
 */
function flatPoiTareasVersiones(rows = 1701) {
  const base = flatPoiTareas(rows);
  const grid = base.grid.map((row, i) => (i === 2 ? [...VERSIONED_HEADER] : row));
  const planted = base.planted.map((p) =>
    p.rule === "V12.actividad-repetida" ? { ...p, cell: p.cell } : p
  );
  const busy = new Set(base.planted.map((p) => Number(p.cell.replace(/^[A-Z]+/, "")) - 1));
  for (const r of [...busy]) for (const d of [-2, -1, 1, 2]) busy.add(r + d);
  const body = [];
  for (let r = 3; r < grid.length; r++) if (!busy.has(r)) body.push(r);
  // TAREAS_V1 keeps the task's earlier wording; TAREAS_V2 is the current one.
  for (let r = 3; r < grid.length; r++) {
    const row = grid[r];
    row[COL.TAREAS_V1] = row[COL.TAREAS_V2] ? `${row[COL.TAREAS_V2]} (versión inicial)` : null;
  }
  // AO without tasks: a row whose AO has a single row loses its task columns.
  const aoRows = new Map();
  for (let r = 3; r < grid.length; r++) {
    const key = grid[r][COL["Actividad Operativa ID_CEPLAN"]];
    aoRows.set(key, [...(aoRows.get(key) ?? []), r]);
  }
  const single = [...aoRows.values()].filter((rs) => rs.length === 1 && !busy.has(rs[0]));
  const aoOnly = new Set(
    single
      .filter((_, i) => i % 3 === 0)
      .slice(0, 117)
      .map((rs) => rs[0])
  );
  for (const r of aoOnly) for (const h of TASK_COLUMNS) grid[r][COL[h]] = null;
  const tasks = body.filter((r) => !aoOnly.has(r));
  const pick = (n, offset, step) => {
    const out = [];
    for (let i = offset; out.length < n && i < tasks.length; i += step) {
      const r = tasks[i];
      if (!used.has(r)) {
        used.add(r);
        out.push(r);
      }
    }
    return out;
  };
  const used = new Set();
  const months = (r) => grid[r].slice(MONTH0, MONTH0 + 12);
  for (const r of pick(40, 7, 37)) {
    grid[r][COL.COD_TAREA_V2] = "ELIMINAR";
    if (months(r).every((v) => v === 0)) grid[r][MONTH0 + 4] = grid[r][COL.TOTAL] = 3;
    planted.push({
      cell: a1(r, COL.COD_TAREA_V2),
      rule: "V11.tarea-eliminada",
      what: "ELIMINAR with programming",
    });
  }
  for (const r of pick(10, 11, 101)) {
    grid[r][COL.COD_TAREA_V2] = "ELIMINAR";
    for (let m = 0; m < 12; m++) grid[r][MONTH0 + m] = 0;
    grid[r][COL.TOTAL] = 0;
  }
  for (const r of pick(34, 19, 41)) {
    for (let m = 0; m < 12; m++) grid[r][MONTH0 + m] = 0;
    grid[r][COL.TOTAL] = 0;
    planted.push({
      cell: a1(r, COL.TOTAL),
      rule: "V11.fila-sin-programar",
      what: "twelve months 0",
    });
  }
  for (const r of pick(2, 29, 503)) {
    grid[r][COL.UM_TAREA] = null;
    planted.push({ cell: a1(r, COL.UM_TAREA), rule: "V7.requerido", what: "task without unit" });
  }
  return { grid, planted, aoOnly: aoOnly.size };
}

module.exports = { flatPoiTareasVersiones, VERSIONED_HEADER };
