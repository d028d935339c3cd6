import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import * as layouts from "../../scripts/lib/flat-layouts";
import type { Fixture } from "../../scripts/lib/flat-layouts";
import { sheetOf } from "../support/grid";

/** Every finding of a grid's matrices as «rule@cell», with the kinds detected. */
function check(grid: CellValue[][]) {
  const report = checkSheet(sheetOf(grid), { ...DEFAULT_CHECK_OPTIONS, maxFindings: 10_000 });
  return {
    kinds: report.matrices.map((m) => m.kind),
    findings: report.matrices.flatMap((m) => m.findings.map((f) => `${f.rule}@${f.cell}`)).sort(),
    errors: report.matrices.reduce((a, m) => a + m.counts.errors, 0),
    rows: report.matrices.reduce((a, m) => a + m.rows, 0),
  };
}

const plantedOf = (f: Fixture) => f.planted.map((p) => `${p.rule}@${p.cell}`).sort();

describe("real planners' layouts (issue 10)", () => {
  it("a national agency's flat POI by tarea (47 columns, 1,701 rows): every planted defect at its cell, nothing else", () => {
    const fx = layouts.flatPoiTareas();
    expect(fx.grid[2]).toHaveLength(47);
    const got = check(fx.grid as CellValue[][]);
    expect(got.kinds).toEqual(["poi-tareas"]);
    expect(got.rows).toBe(1701);
    expect(got.findings).toEqual(plantedOf(fx));
  });

  it("the PEI's OEI indicator sheet: a series that falls then rises, nothing else", () => {
    const fx = layouts.peiOeiIndicators();
    const got = check(fx.grid as CellValue[][]);
    expect(got.kinds).toEqual(["pei-indicadores"]);
    expect(got.findings).toEqual(plantedOf(fx));
  });

  it("the PEI's AEI indicator sheet: two AEI with priority 1 under one OEI, nothing else", () => {
    const fx = layouts.peiAeiIndicators();
    const got = check(fx.grid as CellValue[][]);
    expect(got.kinds).toEqual(["pei-indicadores"]);
    expect(got.findings).toEqual(plantedOf(fx));
  });

  it("a ficha whose numbering restarts per section: no false V12, the planted sums and plazo", () => {
    const clean = check(layouts.fichaSecciones(false).grid as CellValue[][]);
    expect(clean.kinds).toEqual(["poi-programacion"]);
    expect(clean.findings).toEqual([]);
    const fx = layouts.fichaSecciones(true);
    expect(check(fx.grid as CellValue[][]).findings).toEqual(plantedOf(fx));
  });

  it("a POI seguimiento at semester end: the blank EJECUTADO line is a warning", () => {
    const fx = layouts.poiSeguimientoSemestre();
    const got = check(fx.grid as CellValue[][]);
    expect(got.kinds).toEqual(["poi-seguimiento"]);
    expect(got.findings).toEqual(plantedOf(fx));
  });

  it.each([
    ["OEI", layouts.peiOeiIndicators()],
    ["AEI", layouts.peiAeiIndicators()],
  ])(
    "the %s sheet saved by Excel in Spanish (Peru) as CSV (;, Latin-1, 0,9722) reads as the workbook",
    async (_name, fx) => {
      const csv = layouts.toEsPeCsv(fx.grid);
      expect(csv).toMatch(/;0,\d{4}|;\d+;/);
      const file = join(mkdtempSync(join(tmpdir(), "semaforo-es-pe-")), "indicadores.csv");
      writeFileSync(file, Buffer.from(csv, "latin1"));
      const wb = await openWorkbook(file);
      expect(wb.notice).toBeUndefined();
      const sheet = wb.sheets[0]!;
      const report = checkSheet(sheet, { ...DEFAULT_CHECK_OPTIONS, maxFindings: 10_000 });
      expect(report.matrices.map((m) => m.kind)).toEqual(["pei-indicadores"]);
      const findings = report.matrices.flatMap((m) => m.findings);
      expect(findings.filter((f) => f.rule.startsWith("N"))).toEqual([]);
      expect(findings.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(plantedOf(fx));
      expect(sheet.rows[2]?.[0]).toBe(1);
    }
  );
});

describe("the flat POI as the agency publishes it: .xlsx with TOTAL = SUM(ENE:DIC)", () => {
  it("reads the formulas' values and reports the planted TOTALs at their cells", async () => {
    const fx = layouts.flatPoiTareas();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("POI 2026");
    const total = fx.grid[2]!.indexOf("TOTAL");
    fx.grid.forEach((row, r) => {
      const values = row.map((v, c) => {
        if (r < 3 || c !== total) return v;
        // The agency's TOTAL is a SUM of the months; the planted ones were typed over.
        const sum = row.slice(total - 12, total).reduce<number>((a, b) => a + Number(b), 0);
        if (sum !== v) return v;
        const from = ws.getColumn(total - 11).letter;
        const to = ws.getColumn(total).letter;
        return { formula: `SUM(${from}${r + 1}:${to}${r + 1})`, result: v };
      });
      ws.addRow(values);
    });
    const file = join(mkdtempSync(join(tmpdir(), "semaforo-poi-plano-")), "poi-2026.xlsx");
    await wb.xlsx.writeFile(file);
    const opened = await openWorkbook(file);
    const report = checkSheet(opened.sheets[0]!, { ...DEFAULT_CHECK_OPTIONS, maxFindings: 10_000 });
    expect(report.matrices.map((m) => m.kind)).toEqual(["poi-tareas"]);
    const findings = report.matrices.flatMap((m) => m.findings.map((f) => `${f.rule}@${f.cell}`));
    expect(findings.sort()).toEqual(plantedOf(fx));
  });
});

describe("flat indicator tables without COD_* columns", () => {
  it("INDICADORES with a línea base and logros by year is an indicator table", () => {
    const got = check([
      ["INDICADORES", "Unidad de medida", "LINEA BASE 2024", 2025, 2026, 2027],
      ["Porcentaje de expedientes atendidos", "%", 60, 65, 70, 75],
      ["Número de supervisiones", "Supervisión", 10, 12, 9, 14],
    ]);
    expect(got.kinds).toEqual(["pei-indicadores"]);
    expect(got.findings).toEqual(["V8.sentido@D3"]);
  });

  it("a classic PEI matrix with a Código column stays a PEI matrix", () => {
    const got = check([
      ["Código", "Indicador", "Unidad de Medida", "Línea Base", "2025", "2026"],
      ["OEI.01", "Objetivo", null, null, null, null],
      ["AEI.01.01", "Acción", null, null, null, null],
      ["IND.01.AEI.01.01", "Indicador", "Porcentaje", 10, 20, 30],
    ]);
    expect(got.kinds).toEqual(["pei-matriz"]);
  });
});
