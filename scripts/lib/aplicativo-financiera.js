"use strict";
// The Aplicativo CEPLAN's «POI por programación financiera» exports (issue 24), values synthetic
// and seeded, column names as in the real files: the annual one (one line per AO, fuente de
// financiamiento and genérica; families F(A), F(AJ), F(CS), F(RE_P), F(RE) and Fn(…) 01…12 +
// Total; FF ID / Fuente, GG ID / Genérica, Rubro; Motivo(RE), Estado(RE), Activo Programacion;
// no F(SE) before execution) and the multianual one saved as .xlsx (Etapa ELABORACION, one line
// per AO, year and fuente; F(E) / Fn(E) 01…12 + Total). Each builder returns the grid and the
// defects planted in it (rule and cell).
const { APLICATIVO_IDS, aplicativoExportRow } = require("./aplicativo-export");

function a1(row, col) {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const FUENTES = [
  ["'1", "RECURSOS ORDINARIOS", "'00", "RECURSOS ORDINARIOS"],
  ["'2", "RECURSOS DIRECTAMENTE RECAUDADOS", "'09", "RECURSOS DIRECTAMENTE RECAUDADOS"],
];
const GENERICAS = [
  ["'2.3", "BIENES Y SERVICIOS"],
  ["'2.1", "PERSONAL Y OBLIGACIONES SOCIALES"],
  ["'2.6", "ADQUISICION DE ACTIVOS NO FINANCIEROS"],
];
const family = (prefix, stage) => [
  ...MONTHS.map((m) => `${prefix}(${stage}) ${m}`),
  `${prefix}(${stage}) Total`,
];
const withTotal = (months) => [...months, months.reduce((a, b) => a + b, 0)];

/** The identification columns of one AO, as the «por actividad operativa» export writes them. */
const idsOf = (ao, etapa) =>
  aplicativoExportRow(ao)
    .slice(0, APLICATIVO_IDS.length)
    .map((v, i) => (APLICATIVO_IDS[i] === "Etapa" ? etapa : v));

/**
 * The annual export: `aos` AO × 3 lines (fuente and genérica), 552 lines by default. The AO's
 * meta física (F(…)) is on its first line, its amounts (Fn(…)) on every line. Planted: three
 * Totals that are not the sum of their months (V4.total-familia at the Total), an AO with a
 * physical target and no financial programming, and one with financial programming and no
 * physical target (V11.fisico-financiero at its first line's Fn(RE) Total / F(RE) Total).
 */
function programacionFinanciera(aos = 184) {
  const stages = ["A", "AJ", "CS", "RE_P", "RE"];
  const header = [
    ...APLICATIVO_IDS,
    "FF ID",
    "Fuente de Financiamiento",
    "Rubro ID",
    "Rubro",
    "GG ID",
    "Genérica de Gasto",
    ...stages.flatMap((s) => family("F", s)),
    ...stages.flatMap((s) => family("Fn", s)),
    ...MONTHS.map((m) => `Motivo(RE) ${m}`),
    "Estado(RE)",
    "Activo Programacion",
  ];
  const col = (h) => header.indexOf(h);
  const grid = [header];
  const planted = [];
  for (let ao = 0; ao < aos; ao++) {
    for (let line = 0; line < 3; line++) {
      const [ffId, ff, rubroId, rubro] = FUENTES[(ao + line) % 2];
      const [ggId, gg] = GENERICAS[line];
      const noMoney = ao === 30;
      const noTarget = ao === 77;
      const physical = (s) =>
        MONTHS.map((_, m) =>
          line > 0 || noTarget || s === "RE_P" ? 0 : (m + ao) % 3 === 0 ? 2 : 1
        );
      const money = (s) =>
        MONTHS.map((_, m) =>
          noMoney || s === "RE_P" ? 0 : 1000 * (line + 1) + ((ao * 7 + m) % 5) * 100
        );
      grid.push([
        ...idsOf(ao, "SEGUIMIENTO"),
        ffId,
        ff,
        rubroId,
        rubro,
        ggId,
        gg,
        ...stages.flatMap((s) => withTotal(physical(s))),
        ...stages.flatMap((s) => withTotal(money(s))),
        ...MONTHS.map(() => null),
        "REGISTRADO",
        "SI",
      ]);
      const r = grid.length - 1;
      if (line === 0 && noMoney)
        planted.push({ rule: "V11.fisico-financiero", cell: a1(r, col("Fn(RE) Total")) });
      if (line === 0 && noTarget)
        planted.push({ rule: "V11.fisico-financiero", cell: a1(r, col("F(RE) Total")) });
    }
  }
  for (const [row, h, delta] of [
    [10, "F(RE) Total", 1],
    [50, "Fn(RE) Total", -500],
    [120, "F(CS) Total", 2],
  ]) {
    grid[row][col(h)] += delta;
    planted.push({ rule: "V4.total-familia", cell: a1(row, col(h)) });
  }
  return { grid, planted, lines: aos * 3 };
}

/**
 * The multianual export: Etapa ELABORACION, one line per AO, year (2026…2028) and fuente, with
 * F(E) and Fn(E) 01…12 + Total. Planted: one F(E) Total off by one (V4.total-familia) and one AO
 * whose 2027 has a physical target and no amounts (V11.fisico-financiero at its Fn(E) Total).
 */
function programacionMultianual(aos = 40) {
  const header = [
    ...APLICATIVO_IDS,
    "Año",
    "FF ID",
    "Fuente de Financiamiento",
    ...family("F", "E"),
    ...family("Fn", "E"),
  ];
  const col = (h) => header.indexOf(h);
  const grid = [header];
  const planted = [];
  for (let ao = 0; ao < aos; ao++) {
    for (const year of [2026, 2027, 2028]) {
      const [ffId, ff] = FUENTES[ao % 2];
      const noMoney = ao === 12 && year === 2027;
      const physical = MONTHS.map((_, m) => (m % 3 === 2 ? 3 : 0));
      const money = MONTHS.map((_, m) => (noMoney ? 0 : 2500 + ((ao + m) % 4) * 250));
      grid.push([
        ...idsOf(ao, "ELABORACION"),
        year,
        ffId,
        ff,
        ...withTotal(physical),
        ...withTotal(money),
      ]);
      if (noMoney)
        planted.push({
          rule: "V11.fisico-financiero",
          cell: a1(grid.length - 1, col("Fn(E) Total")),
        });
    }
  }
  grid[25][col("F(E) Total")] += 1;
  planted.push({ rule: "V4.total-familia", cell: a1(25, col("F(E) Total")) });
  return { grid, planted, lines: aos * 3 };
}

/**
 * The «POI por actividad operativa» export opened in Excel and saved as .xlsx: every number
 * stored as text («1.00», «1250.50»), as Excel leaves an HTML export's cells.
 */
function exportWithTextNumbers(activities = 268) {
  const { APLICATIVO_EXPORT_HEADER } = require("./aplicativo-export");
  const grid = [APLICATIVO_EXPORT_HEADER];
  let texts = 0;
  for (let i = 0; i < activities; i++) {
    grid.push(
      aplicativoExportRow(i).map((v) => {
        if (typeof v !== "number") return v;
        texts++;
        return v.toFixed(2);
      })
    );
  }
  return { grid, texts };
}

module.exports = { programacionFinanciera, programacionMultianual, exportWithTextNumbers };
