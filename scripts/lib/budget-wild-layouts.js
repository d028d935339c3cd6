"use strict";
// Budget tables as they are found in the wild (issue 24), values synthetic and seeded, column
// names as in the real files: an INEI-style table (« DEVENGADO ACUMULADO» with a leading space,
// PIM, certificado, compromiso, saldo) cut in August; MEF open-data columns (mto_pim,
// mto_devenga_01…12) and a pivot over them («Suma de mto_pim»); and a Consulta Amigable block
// pasted under its title rows («Ejecución» over Certificación / Compromiso / Devengado, with a
// non-breaking space in «Devengado ») with pivot tables below it. Each builder returns the grid,
// the defects planted in it (rule and cell) and what else a test needs.

function a1(row, col) {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** A small deterministic generator, so every run builds the same table. */
function seeded(seed) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const PRODUCTS = [
  "3000001: Acciones comunes",
  "3999999: Sin producto",
  "2001621: Estudios de preinversión",
  "5000003: Gestión administrativa",
  "5000006: Ejecución de servicios de seguridad ciudadana",
  "5006013: Apoyo al ciudadano con discapacidad",
  "5006300: Operación y mantenimiento de sistemas de agua potable",
  "3000365: Familias con saneamiento básico",
  "5000276: Gestión del programa",
  "5001189: Mantenimiento de caminos vecinales",
];

/** Budget lines: PIM, devengado up to the cut, and the amounts around them. */
function budgetLines(count, seed, cutMonth) {
  const rnd = seeded(seed);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const pim = Math.round(20000 + rnd() * 980000);
    const share = (cutMonth / 12) * (0.4 + rnd() * 0.8);
    const devengado = Math.round(pim * Math.min(share, 0.98));
    const compromiso = Math.min(pim, Math.round(devengado * (1 + rnd() * 0.1)));
    const certificado = Math.min(pim, Math.round(compromiso * (1 + rnd() * 0.1)));
    const name = `${PRODUCTS[i % PRODUCTS.length]}${i >= PRODUCTS.length ? ` (${Math.floor(i / PRODUCTS.length) + 1})` : ""}`;
    lines.push({ name, pia: Math.round(pim * 0.9), pim, certificado, compromiso, devengado });
  }
  return lines;
}

/** Avance % as MEF and INEI print it: one decimal. */
const printed = (devengado, pim) => Math.round((devengado / pim) * 1000) / 10;

/**
 * INEI-style table cut at 31 August: N°, DESCRIPCIÓN, PIM, CERTIFICADO, COMPROMISO,
 * « DEVENGADO ACUMULADO», SALDO, AVANCE % and a TOTAL row, a source line below. Planted: line 7
 * devengado above its PIM (V13.devengado-sobre-pim at F), line 12 a printed avance with swapped
 * digits (V13.avance-financiero at H). The cut is before year end: P3.escala-corte at A4.
 */
function ineiBudget() {
  const grid = [
    ["INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA"],
    ["Ejecución presupuestal al 31 de agosto de 2025 (en soles)"],
    [],
    [
      "N°",
      "DESCRIPCIÓN",
      "PIM",
      "CERTIFICADO",
      "COMPROMISO",
      " DEVENGADO ACUMULADO",
      "SALDO",
      "AVANCE %",
    ],
  ];
  const lines = budgetLines(30, 7, 8);
  const planted = [{ rule: "P3.escala-corte", cell: "A4" }];
  lines.forEach((l, i) => {
    const r = grid.length;
    if (i === 6) {
      l.devengado = Math.round(l.pim * 1.0077);
      planted.push({ rule: "V13.devengado-sobre-pim", cell: a1(r, 5) });
    }
    let avance = printed(l.devengado, l.pim);
    if (i === 11) {
      avance = Number(String(avance.toFixed(1)).replace(/^(\d)(\d)/, "$2$1"));
      if (avance === printed(l.devengado, l.pim)) avance += 5;
      planted.push({ rule: "V13.avance-financiero", cell: a1(r, 7) });
    }
    grid.push([
      i + 1,
      l.name,
      l.pim,
      l.certificado,
      l.compromiso,
      l.devengado,
      l.pim - l.devengado,
      avance,
    ]);
  });
  const sum = (k) => lines.reduce((a, l) => a + l[k], 0);
  grid.push([
    "TOTAL",
    null,
    sum("pim"),
    sum("certificado"),
    sum("compromiso"),
    sum("devengado"),
    sum("pim") - sum("devengado"),
    printed(sum("devengado"), sum("pim")),
  ]);
  grid.push([]);
  grid.push(["Fuente: SIAF-MEF. Elaboración: Oficina Técnica de Planificación."]);
  return { grid, planted, lines: lines.length };
}

const MONTH_COLS = Array.from(
  { length: 12 },
  (_, i) => `mto_devenga_${String(i + 1).padStart(2, "0")}`
);

/**
 * MEF open-data rows (one per product or project, cut in June: months 07…12 are 0) with
 * ano_eje, sec_ejec, PRODUCTO_PROYECTO, mto_pia, mto_pim, mto_certificado, mto_compro_anual and
 * mto_devenga_01…12; then, after a blank row, a pivot over them: «Etiquetas de fila», «Suma de
 * mto_pim», «Suma de mto_devenga_01…12», ending in «Total general». Planted: row 9's months sum
 * above its PIM (V13.devengado-sobre-pim at its last month with devengado, M9 = June), and so
 * does its line in the pivot.
 */
function mefOpenData() {
  const header = [
    "ano_eje",
    "sec_ejec",
    "PRODUCTO_PROYECTO",
    "mto_pia",
    "mto_pim",
    "mto_certificado",
    "mto_compro_anual",
    ...MONTH_COLS,
  ];
  const grid = [header];
  const lines = budgetLines(20, 11, 6);
  const planted = [];
  const monthsOf = (l) => {
    const m = new Array(12).fill(0);
    let left = l.devengado;
    for (let k = 0; k < 6; k++) {
      m[k] = k === 5 ? left : Math.round(l.devengado / 6);
      left -= m[k];
    }
    return m;
  };
  lines.forEach((l, i) => {
    if (i === 7) {
      l.devengado = l.pim + 4321;
      planted.push({ rule: "V13.devengado-sobre-pim", cell: a1(grid.length, 7 + 5) });
    }
    grid.push([2025, "000127", l.name, l.pia, l.pim, l.certificado, l.compromiso, ...monthsOf(l)]);
  });
  grid.push([]);
  const pivotTop = grid.length;
  grid.push(["Etiquetas de fila", "Suma de mto_pim", ...MONTH_COLS.map((m) => `Suma de ${m}`)]);
  lines.slice(0, 10).forEach((l, i) => {
    // The pivot repeats line 8: its devengado is above its PIM there too (June, column H).
    if (i === 7) planted.push({ rule: "V13.devengado-sobre-pim", cell: a1(grid.length, 7) });
    grid.push([l.name, l.pim, ...monthsOf(l)]);
  });
  const total = (k) => lines.slice(0, 10).reduce((a, l) => a + k(l), 0);
  grid.push([
    "Total general",
    total((l) => l.pim),
    ...new Array(12).fill(0).map((_, k) => total((l) => monthsOf(l)[k])),
  ]);
  return { grid, planted, lines: lines.length, pivotTop, pivotLines: 10 };
}

/**
 * A Consulta Amigable block pasted under its title rows: «Producto/Proyecto | PIA | PIM |
 * Ejecución (merged over Certificación, Compromiso Anual, Devengado ) | Avance %», the
 * «Devengado» carrying a non-breaking space, cut at 30 June. Below it, after a blank row, a
 * pivot table the planner built by hand («Etiquetas de fila | Cuenta de Producto/Proyecto |
 * Promedio de Avance %») and its «Total general». Planted: line 4's devengado above its PIM
 * (V13.devengado-sobre-pim at F). The block's last data row is `lastRow` (1-based).
 */
function consultaAmigablePaste() {
  const grid = [
    ["Consulta de Ejecución del Gasto"],
    ["Fecha de la Consulta: 30-junio-2025"],
    ["Año de Ejecución: 2025"],
    ["Incluye: Actividades y Proyectos"],
    ["Nivel de Gobierno M: GOBIERNOS LOCALES"],
    [],
    ["Producto/Proyecto", "PIA", "PIM", "Ejecución", null, null, "Avance %"],
    [null, null, null, "Certificación", "Compromiso Anual", "Devengado\u00a0", null],
  ];
  const merges = [{ top: 6, left: 3, bottom: 6, right: 5 }];
  const lines = budgetLines(15, 23, 6);
  const planted = [];
  lines.forEach((l, i) => {
    if (i === 3) {
      l.devengado = l.pim + 150;
      planted.push({ rule: "V13.devengado-sobre-pim", cell: a1(grid.length, 5) });
    }
    grid.push([
      l.name,
      l.pia,
      l.pim,
      l.certificado,
      l.compromiso,
      l.devengado,
      printed(l.devengado, l.pim),
    ]);
  });
  const lastRow = grid.length;
  grid.push([]);
  grid.push(["Etiquetas de fila", "Cuenta de Producto/Proyecto", "Promedio de Avance %"]);
  for (const l of lines.slice(0, 6)) grid.push([l.name, 1, printed(l.devengado, l.pim) + 7]);
  grid.push(["Total general", 6, 40.5]);
  return { grid, merges, planted, lines: lines.length, lastRow };
}

module.exports = { ineiBudget, mefOpenData, consultaAmigablePaste };
