"use strict";
// A budget execution sheet laid out as MEF's Consulta Amigable prints one executing unit's
// «Producto/Proyecto» table (title block, a two-row header with «Ejecución» over its three
// columns, a TOTAL row), filled from the Lares 2025-Sem1 fixture. Used by the sample builder.

/** The two header rows (A–I) of the Consulta Amigable table. */
const BUDGET_HEADER = [
  "Producto/Proyecto",
  "PIA",
  "PIM",
  "Certificación",
  "Compromiso Anual",
  "Ejecución",
  null,
  null,
  "Avance %",
];
const BUDGET_SUBHEADER = [
  null,
  null,
  null,
  null,
  null,
  "Atención de Compromiso Mensual",
  "Devengado",
  "Girado",
];

// PLANTED DEFECT: activity 5006300 prints 56.1 % (digits swapped) where devengado / PIM gives
// the seed's 51.6 %; V13.avance-financiero must report it at its «Avance %» cell.
const PLANTED_AVANCE = { code: "5006300", printed: 56.1 };

/** Avance % as MEF prints it: devengado / PIM × 100 with one decimal. */
const avance = (devengado, pim) => (pim === 0 ? 0 : Math.round((devengado / pim) * 1000) / 10);

/** The cells of one budget line (A–I); the compromiso mensual equals the devengado here. */
function budgetLine(line) {
  const printed =
    line.code === PLANTED_AVANCE.code ? PLANTED_AVANCE.printed : avance(line.devengado, line.pim);
  return [
    `${line.code}: ${line.name}`,
    line.pia,
    line.pim,
    line.certificacion,
    line.compromiso,
    line.devengado,
    line.devengado,
    line.girado,
    printed,
  ];
}

/** The TOTAL row: each amount summed over the lines, the avance of the sums. */
function budgetTotal(lines) {
  const sum = (key) => lines.reduce((s, l) => s + l[key], 0);
  const devengado = sum("devengado");
  return [
    "TOTAL",
    sum("pia"),
    sum("pim"),
    sum("certificacion"),
    sum("compromiso"),
    devengado,
    devengado,
    sum("girado"),
    avance(devengado, sum("pim")),
  ];
}

/**
 * Writes the sheet. `put(ws, row, values)` and `boldRow(ws, row, from, to)` are the builder's
 * own helpers, passed in so that every sample is styled alike.
 */
function addBudgetExecutionSheet(wb, data, { put, boldRow }) {
  const ws = wb.addWorksheet("Ejecución 2025-S1");
  ws.columns = [{ width: 70 }, ...new Array(7).fill({ width: 14 }), { width: 10 }];
  data.title.forEach((line, i) => put(ws, i + 1, [line]));
  put(ws, data.title.length + 1, [data.note]);
  const h = data.title.length + 3;
  put(ws, h, BUDGET_HEADER);
  put(ws, h + 1, BUDGET_SUBHEADER);
  for (const col of ["A", "B", "C", "D", "E", "I"]) ws.mergeCells(`${col}${h}:${col}${h + 1}`);
  ws.mergeCells(`F${h}:H${h}`);
  boldRow(ws, h, 1, 9);
  boldRow(ws, h + 1, 1, 9);
  let r = h + 2;
  for (const line of data.lines) put(ws, r++, budgetLine(line));
  put(ws, r, budgetTotal(data.lines));
  for (let c = 1; c <= 9; c++) ws.getCell(r, c).font = { bold: true };
  for (let c = 2; c <= 8; c++) ws.getColumn(c).numFmt = "#,##0";
  ws.getColumn(9).numFmt = "0.0";
  return ws;
}

module.exports = { addBudgetExecutionSheet, PLANTED_AVANCE, BUDGET_HEADER, BUDGET_SUBHEADER };
