import { describe, expect, it } from "vitest";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { SUMMARY_SHEET } from "../../src/core/plan/writePlan";
import { classify } from "../../src/core/scales/scale";
import { resolveScaleChoice } from "../../src/core/scales/scaleChoice";
import { a1, parseRangeA1 } from "../../src/core/sheet/address";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { poiExportSheet } from "../support/poiExport";

/** A POI export whose activities executed `shares` (in January, of 10 programmed a month). */
const poiSheet = (name: string, labels: string[], shares: (number | null)[]) =>
  poiExportSheet(
    name,
    shares.map((e) => Array.from({ length: 12 }, (_, m) => (m === 0 ? e : null))),
    labels
  );
const OPTIONS = NATIVE_WITH_SUMMARY;

describe("the POI summary groups activities per unidad orgánica", () => {
  const sheets = [
    poiSheet("Gerencia A", ["Unidad Orgánica : Gerencia Municipal"], [120, 60, null]),
    poiSheet("Gerencia B", ["Unidad Orgánica : Gerencia Municipal"], [12, 120]),
    poiSheet("Sin etiqueta", [], [30, 120, 120, 120]),
  ];
  const plan = buildWritePlan(sheets, OPTIONS);
  const summary = new Map(
    plan.cells.filter((c) => c.sheet === SUMMARY_SHEET).map((c) => [c.address, c])
  );
  const charts = plan.summaryCharts ?? [];

  it("one table, a row per unit (the label, else the sheet), counts over every matrix of the unit", () => {
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    const categories = parseRangeA1(chart.categories)!;
    const rowLabels = [];
    for (let r = categories.top; r <= categories.bottom; r++)
      rowLabels.push(summary.get(a1(r, 0))?.value);
    expect(rowLabels).toEqual(["Gerencia Municipal", "Sin etiqueta"]);
    expect(summary.get(a1(categories.top - 1, 0))?.value).toBe("Unidad orgánica");
    expect(summary.get(a1(categories.bottom + 1, 0))?.value).toBe("Total");
    // The unit's counts read both sheets; their cached values are the classified results.
    const written = plan.cells.filter((c) => c.sheet !== SUMMARY_SHEET && c.formula);
    const scale = resolveScaleChoice(OPTIONS.scale, "anual");
    const rows: [number, string[]][] = [
      [categories.top, ["Gerencia A", "Gerencia B"]],
      [categories.bottom, ["Sin etiqueta"]],
    ];
    for (const [r, sheetsOf] of rows) {
      const values = written.filter((c) => sheetsOf.includes(c.sheet)).map((c) => c.value);
      expect(values.length).toBeGreaterThan(0);
      chart.series.forEach((s, i) => {
        const cell = summary.get(a1(r, i + 1))!;
        for (const name of ["Gerencia A", "Gerencia B", "Sin etiqueta"])
          expect(cell.formula!.includes(`'${name}'!`), `${s.label} ${name}`).toBe(
            sheetsOf.includes(name)
          );
        const expected = values.filter(
          (v) => classify(typeof v === "number" ? v : null, scale) === s.label
        ).length;
        expect(cell.value, `${cell.address} ${s.label}`).toBe(expected);
      });
      expect(summary.get(a1(r, chart.series.length + 1))?.value).toBe(values.length);
    }
  });

  it("the chart's series are the level columns of the data rows, with the scale's fills", () => {
    const chart = charts[0]!;
    const scale = resolveScaleChoice(OPTIONS.scale, "anual");
    expect(chart.series.map((s) => s.label)).toEqual([
      ...scale.levels.map((l) => l.label),
      "Sin dato",
    ]);
    expect(chart.series.map((s) => s.fill)).toEqual([
      ...scale.levels.map((l) => l.fill),
      "#D9D9D9",
    ]);
    const categories = parseRangeA1(chart.categories)!;
    chart.series.forEach((s, i) => {
      expect(summary.get(s.header)?.value).toBe(s.label);
      expect(parseRangeA1(s.values)).toEqual({ ...categories, left: i + 1, right: i + 1 });
    });
    // The chart sits right of the table (past the count column), not over it.
    expect(chart.from.col).toBeGreaterThan(chart.series.length + 1);
    expect(chart.from.row).toBe(categories.top - 2);
  });
});

describe("budget lines are summarised per matrix, not per unidad orgánica", () => {
  it("the budget sample's table has a «Matriz» row, and its counts are the lines per level", async () => {
    const { sheets } = await openWorkbook(samplePath("presupuesto-emsapuno-2024.xlsx"));
    const plan = buildWritePlan(sheets, OPTIONS);
    const [chart] = plan.summaryCharts ?? [];
    expect(chart?.title).not.toMatch(/unidad orgánica/);
    const summary = new Map(
      plan.cells.filter((c) => c.sheet === SUMMARY_SHEET).map((c) => [c.address, c.value])
    );
    const first = parseRangeA1(chart!.categories)!;
    expect(summary.get(a1(first.top - 1, 0))).toBe("Matriz");
    const lines = plan.cells.filter((c) => c.sheet !== SUMMARY_SHEET && c.formula).length;
    expect(summary.get(a1(first.bottom + 1, chart!.series.length + 1))).toBe(lines);
  });
});
