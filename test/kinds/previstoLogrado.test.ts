import { describe, expect, it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import { detectMatrices } from "../../src/core/detect/detectMatrices";
import { measureMatrix } from "../../src/core/pipeline/measureMatrix";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { PRESET_SCALES } from "../../src/core/scales/presets";
import type { Scale } from "../../src/core/scales/scale";
import { APPLY_DEFAULTS as OPTIONS } from "../support/planOptions";
import { sheetOf } from "../support/grid";
import { evaluatePlanFormula } from "../support/planFormula";

/** Seed 000 as the report prints it: the footnote mark on «Indicador²», a «*» on the logrado. */
const grid = () => [
  ["Avances en la ejecución por cada componente del programa."],
  [
    "Indicador²",
    "Previsto a diciembre 2018",
    "Logrado diciembre 2018*",
    "Previsto al final del proyecto",
  ],
  ["Número de personas con acceso a agua potable.", 110814, 131275, 131275],
  ["Número de personas con aguas residuales tratadas.", "6,056", "6,056", "6,056"],
  ["Número de personas capacitadas (ejemplo de avance parcial)", 30090, 21000, 30090],
  ["*Estas cifras deberán revisarse durante 2019"],
];

describe("previsto-vs-logrado indicator tables (PROCOES, seed 000)", () => {
  it("are detected under the report's own header texts, footnote marks and all", () => {
    const [m] = detectMatrices(sheetOf(grid()));
    expect(m?.kind).toBe("indicadores-previsto-logrado");
    expect(m?.rows.map((r) => r.role)).toEqual(["indicador", "indicador", "indicador"]);
    expect(m?.confidence).toBe(1);
  });

  it("measure AVANCE_TIPO1(logrado, previsto): 131,275 / 110,814 is 118.46 raw, 100 capped", () => {
    const sheet = sheetOf(grid());
    const [m] = detectMatrices(sheet);
    const scale = PRESET_SCALES.CEPLAN_ANUAL as Scale;
    const raw = measureMatrix(sheet, m!, { scale, tope: false }).items.map((i) => i.value);
    const capped = measureMatrix(sheet, m!, { scale, tope: null }).items.map((i) => i.value);
    expect(raw).toEqual([118.46, 100, 69.79]);
    expect(capped).toEqual([100, 100, 69.79]);
  });

  it("semaforise with the period's CEPLAN scale and report no finding on complete rows", () => {
    const [m] = checkSheet(sheetOf(grid()), DEFAULT_CHECK_OPTIONS).matrices;
    expect(m?.results.map((r) => r.level)).toEqual(["Bueno", "Bueno", "Malo"]);
    expect(m?.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("write back AVANCE_TIPO1(logrado, previsto) in a new column, cached with its value", () => {
    const sheet = sheetOf(grid());
    const plan = buildWritePlan([sheet], OPTIONS);
    const cells = plan.cells.filter((c) => c.formula?.startsWith("=PLAN.AVANCE_TIPO1"));
    expect(cells.map((c) => [c.address, c.formula, c.value])).toEqual([
      ["E3", "=PLAN.AVANCE_TIPO1(C3,B3)", 100],
      ["E4", "=PLAN.AVANCE_TIPO1(C4,B4)", 100],
      ["E5", "=PLAN.AVANCE_TIPO1(C5,B5)", 69.79],
    ]);
    for (const c of cells) expect(evaluatePlanFormula(c.formula as string, sheet)).toBe(c.value);
    expect(plan.cells.find((c) => c.address === "E2")?.value).toBe(
      "Avance calculado (logrado / previsto, %)"
    );
    expect(plan.formats.map((f) => f.range)).toEqual(["E3:E5"]);
  });
});

describe("a report with a previsto for each cut date", () => {
  it("measures the logrado against the previsto of its own year, not the first one", () => {
    const sheet = sheetOf([
      [
        "Indicador",
        "Previsto a diciembre 2017",
        "Previsto a diciembre 2018",
        "Logrado diciembre 2018",
        "Previsto al final del proyecto",
      ],
      ["Número de JASS capacitadas", 134, 239, 239, 239],
    ]);
    const [m] = detectMatrices(sheet);
    expect(m?.header.columns.single.previsto).toBe(2);
    const scale = PRESET_SCALES.CEPLAN_ANUAL as Scale;
    expect(measureMatrix(sheet, m!, { scale, tope: false }).items[0]?.value).toBe(100);
  });
});
