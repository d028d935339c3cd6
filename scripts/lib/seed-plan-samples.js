"use strict";
// Sample workbooks for seeds 000 and 001 (issue 10, point 5), built from the layouts in
// seed-plan-layouts.js with the sample builder's own helpers (new book, put, bold header, save).
const {
  procoesLayout,
  tabla1Layout,
  hdrPlanLayout,
  hdrSeguimientoLayout,
} = require("./seed-plan-layouts");

function writeLayout(ws, layout, helpers, widths) {
  layout.grid.forEach((row, r) => helpers.put(ws, r + 1, row));
  for (const range of layout.merges) ws.mergeCells(range);
  const width = Math.max(...layout.grid.map((row) => row.length));
  for (let h = 0; h < layout.headerRows; h++) helpers.boldRow(ws, layout.header + 1 + h, 1, width);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** PROCOES 2018 (seed 000): the previsto-vs-logrado table as the report prints it. */
async function procoesSample(helpers) {
  const wb = helpers.newBook();
  writeLayout(wb.addWorksheet("Avances 2018"), procoesLayout(), helpers, [58, 16, 16, 18]);
  return helpers.save(wb, "procoes-indicadores-2018.xlsx");
}

/**
 * HdR-AS plan 2025 (seed 001): Tabla 1 and the plan's activities with metas and cronograma. One
 * defect is planted (see hdrPlanLayout): a meta in 2026 for activity 1.1.1.1, outside its
 * cronograma. The other metas outside the cronograma are the published plan's own. «Seguimiento
 * 2025» repeats six of its activities with an added «Logrado 2025» of ILLUSTRATIVE values (the
 * plan publishes none; the sheet's note row says so), one left blank (V11.sin-logrado).
 */
async function hdrAsSample(helpers) {
  const wb = helpers.newBook();
  writeLayout(
    wb.addWorksheet("Tabla 1"),
    tabla1Layout(),
    helpers,
    [70, 12, 10, 10, 10, 10, 10, 10]
  );
  const plan = hdrPlanLayout({ planted: true });
  const widths = [60, 40, 40, ...Array(6).fill(9), 11, 11, ...Array(5).fill(7), 24];
  writeLayout(wb.addWorksheet("Plan 2025-2030"), plan, helpers, widths);
  writeLayout(wb.addWorksheet("Seguimiento 2025"), hdrSeguimientoLayout(), helpers, [
    ...widths,
    12,
  ]);
  return helpers.save(wb, "hdr-as-plan-2025.xlsx");
}

module.exports = { procoesSample, hdrAsSample };
