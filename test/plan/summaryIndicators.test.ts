import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CHECK_OPTIONS, checkSheet } from "../../src/core/check/checkSheets";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { SUMMARY_SHEET, type SummaryChart, type WritePlan } from "../../src/core/plan/writePlan";
import type { SheetData } from "../../src/core/sheet/sheetData";
import { a1, parseRangeA1 } from "../../src/core/sheet/address";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import { applyPlanExcel } from "../../src/excel/applyPlanExcel";
import { FakeExcel } from "../support/fakeExcel";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { sheetOf } from "../support/grid";
import { budgetRow, PRESUPUESTO, PREVISTO_LOGRADO } from "../support/kindGrids";
import { refOf, sheetCharts, type Xml } from "../xlsx/support/summaryCharts";

const OPTIONS = NATIVE_WITH_SUMMARY;

/** The summary's cells by address. */
const summaryOf = (plan: WritePlan) =>
  new Map(plan.cells.filter((c) => c.sheet === SUMMARY_SHEET).map((c) => [c.address, c]));

/** A chart's table read back: its header, its rows (label and the cells of each level), totals. */
function tableOf(plan: WritePlan, chart: SummaryChart) {
  const summary = summaryOf(plan);
  const { top, bottom } = parseRangeA1(chart.categories)!;
  const row = (r: number) =>
    Array.from({ length: chart.series.length + 2 }, (_, c) => summary.get(a1(r, c)));
  const rows = [];
  for (let r = top; r <= bottom; r++) rows.push(row(r));
  return {
    title: summary.get(a1(top - 2, 0))?.value,
    header: row(top - 1).map((c) => c?.value),
    rows,
    total: row(bottom + 1),
  };
}

/** How many results of each label, in the order of `labels`. */
const countsOf = (levels: string[], labels: string[]) =>
  labels.map((l) => levels.filter((x) => x === l).length);

describe("the PROCOES sample's indicators get a summary table", async () => {
  const { sheets } = await openWorkbook(samplePath("procoes-indicadores-2018.xlsx"));
  const plan = buildWritePlan(sheets, OPTIONS);
  const charts = plan.summaryCharts ?? [];
  const report = sheets.flatMap((s) => checkSheet(s, DEFAULT_CHECK_OPTIONS).matrices);

  it("one table with a row per matrix, whose cached counts are the levels the check reports", () => {
    expect(report).toHaveLength(1);
    const matrix = report[0]!;
    expect(matrix.results.length).toBeGreaterThan(0);
    expect(charts).toHaveLength(1);
    const table = tableOf(plan, charts[0]!);
    expect(table.title).toBe(charts[0]!.title);
    expect(table.title).toContain(matrix.label);
    expect(table.header).toEqual(["Matriz", ...matrix.levels, "Número de indicadores"]);
    expect(table.rows.map((r) => r[0]?.value)).toEqual(["Avances 2018"]);
    const expected = countsOf(
      matrix.results.map((r) => r.level),
      matrix.levels
    );
    const [row] = table.rows;
    expect(row!.slice(1).map((c) => c?.value)).toEqual([...expected, matrix.results.length]);
    expect(table.total.slice(1).map((c) => c?.value)).toEqual([...expected, matrix.results.length]);
  });

  it("each count is a formula over every avance written in the matrix", () => {
    const written = plan.cells.filter((c) => c.sheet === "Avances 2018" && c.formula);
    expect(written.length).toBe(report[0]!.results.length);
    const { rows } = tableOf(plan, charts[0]!);
    for (const cell of rows[0]!.slice(1, -1)) {
      for (const w of written) expect(cell!.formula).toContain(`'Avances 2018'!${w.address}`);
    }
    expect(rows[0]!.at(-1)!.formula).toMatch(/^=SUM\(/);
  });

  it("the .xlsx holds a stacked bar chart over the table's level columns", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "semaforo-ind-")), "procoes-resumen.xlsx");
    await applyToXlsx(samplePath("procoes-indicadores-2018.xlsx"), output, OPTIONS);
    const { charts: drawn } = await sheetCharts(output, SUMMARY_SHEET);
    expect(drawn).toHaveLength(1);
    const bar = drawn[0]!.space["c:chart"]["c:plotArea"]["c:barChart"];
    expect(bar["c:grouping"]["@val"]).toBe("stacked");
    const series = bar["c:ser"] as Xml[];
    expect(series.map((s) => refOf(s["c:tx"]["c:strRef"]).values[0])).toEqual(report[0]!.levels);
    const { values } = refOf(series[0]!["c:cat"]["c:strRef"]);
    expect(values).toEqual(["Avances 2018"]);
  });
});

/** An indicator table on `name`: each indicator's previsto and logrado (previsto final = previsto). */
const indicators = (name: string, rows: [number, number | null][]): SheetData =>
  sheetOf(
    [
      PREVISTO_LOGRADO,
      ...rows.map(([previsto, logrado], i) => [`Indicador ${i + 1}`, previsto, logrado, previsto]),
    ],
    name
  );

describe("indicator tables beside other results", () => {
  // Avances 50, 80, 100, 100 and 30, 120 (capped at 100): Malo, Regular, Bueno on CEPLAN anual.
  const sheets = [
    indicators("Proyecto A", [
      [100, 50],
      [100, 80],
      [10, 10],
      [4, 4],
    ]),
    sheetOf(
      [PRESUPUESTO, budgetRow("2.1. Personal y Obligaciones sociales", 100, 40)],
      "Presupuesto"
    ),
    indicators("Proyecto B", [
      [100, 30],
      [100, 120],
    ]),
  ];
  const plan = buildWritePlan(sheets, OPTIONS);
  const charts = plan.summaryCharts ?? [];
  const report = sheets.flatMap((s) => checkSheet(s, DEFAULT_CHECK_OPTIONS).matrices);

  it("one indicator table per kind and scale, a row per matrix, apart from the budget lines", () => {
    expect(report.map((m) => m.kind)).toEqual([
      "indicadores-previsto-logrado",
      "presupuesto-ejecucion",
      "indicadores-previsto-logrado",
    ]);
    expect(charts).toHaveLength(2);
    const [first, second] = charts.map((c) => tableOf(plan, c));
    expect(first!.header.at(-1)).toBe("Número de indicadores");
    expect(first!.rows.map((r) => r[0]?.value)).toEqual(["Proyecto A", "Proyecto B"]);
    expect(second!.header.at(-1)).toBe("Número de líneas presupuestales");
    const indicatorReports = [report[0]!, report[2]!];
    first!.rows.forEach((row, i) => {
      const m = indicatorReports[i]!;
      expect(row.slice(1).map((c) => c?.value)).toEqual([
        ...countsOf(
          m.results.map((r) => r.level),
          m.levels
        ),
        m.results.length,
      ]);
    });
    // The figures are mixed: the table is not one level only.
    const levels = report[0]!.levels;
    expect(first!.total.slice(1).map((c) => c?.value)).toEqual([
      ...countsOf(["Malo", "Regular", "Bueno", "Bueno", "Malo", "Bueno"], levels),
      6,
    ]);
  });

  it("the chart's categories are the matrices and its series the level columns", () => {
    const chart = charts[0]!;
    const summary = summaryOf(plan);
    const { top, bottom } = parseRangeA1(chart.categories)!;
    expect(bottom - top).toBe(1);
    chart.series.forEach((s, i) => {
      expect(summary.get(s.header)?.value).toBe(s.label);
      expect(parseRangeA1(s.values)).toEqual({ top, bottom, left: i + 1, right: i + 1 });
    });
  });
});

describe("the pane's «Resumen» on an indicator table", () => {
  it("draws the stacked bar chart of the indicators per matrix", async () => {
    const sheet = indicators("Indicadores", [
      [100, 50],
      [100, 100],
    ]);
    const excel = new FakeExcel();
    excel.addSheet(sheet.name).fill(sheet.rows as (string | number | null)[][]);
    const plan = buildWritePlan([sheet], OPTIONS);
    await applyPlanExcel(plan, excel.run, {}, { pageLayout: true });
    const summary = excel.sheets.get(SUMMARY_SHEET)!;
    expect(summary.chartLog).toHaveLength(1);
    const chart = summary.chartLog[0]!;
    expect(chart.type).toBe("BarStacked");
    const [from, to] = chart.source.split(":");
    expect(summary.cells.get(from!)).toBe("Matriz");
    expect(summary.cells.get(`A${Number(to!.slice(1))}`)).toBe("Indicadores");
    expect(chart.title).toBe(plan.summaryCharts![0]!.title);
  });
});

describe("a PEI's indicators are summed up by their AEI", () => {
  it("the Lares PEI sample keeps its AEI tables and gets no indicator table", async () => {
    const { sheets } = await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"));
    const plan = buildWritePlan(sheets, OPTIONS);
    const headers = (plan.summaryCharts ?? []).map((c) => tableOf(plan, c).header.at(-1));
    expect(headers.length).toBeGreaterThan(0);
    expect(new Set(headers)).toEqual(new Set(["Número de AEI"]));
    // The PEI's indicators do get avances in the matrices.
    expect(plan.cells.filter((c) => c.sheet !== SUMMARY_SHEET && c.formula).length).toBeGreaterThan(
      headers.length * 10
    );
  });
});
