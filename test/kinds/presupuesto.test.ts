import { describe, expect, it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { sheetOf } from "../support/grid";
import { PRESUPUESTO, budgetRow } from "../support/kindGrids";
import { evaluatePlanFormula } from "../support/planFormula";
import { BUDGET_HEADER, BUDGET_SUBHEADER } from "../../scripts/lib/budget-layout";

const OPTIONS: PlanOptions = {
  mode: "personalizadas",
  tope: false,
  scale: PERIOD_CHOICE,
  period: null,
  summary: false,
  force: false,
};

/** EMSAPUNO's Cuadro N° 3 egresos as PIM, with a synthetic devengado at mid-year. */
const grid = () => [
  ["Ejecución presupuestal de egresos 2024 - al 30 de junio"],
  PRESUPUESTO,
  budgetRow("2.1. Personal y Obligaciones sociales", 9873891, 4936945.5),
  budgetRow("2.3. Bienes y Servicios", 11525503, 9412300, 85.4),
  budgetRow("2.6 Adquisición de activos No Financieros", 5872872, 587287.2),
  ["TOTAL", 27272266, 27272266, null, null, 14936532.7, null, 54.77],
];

describe("budget execution tables (PIM, devengado, avance %)", () => {
  it("are detected, each line's avance is devengado / PIM, and a wrong printed avance is reported", () => {
    const [m] = checkSheet(sheetOf(grid()), DEFAULT_CHECK_OPTIONS).matrices;
    expect(m?.kind).toBe("presupuesto-ejecucion");
    expect(m?.results.map((r) => [r.code, r.value])).toEqual([
      ["2.1. Personal y Obligaciones sociales", 50],
      ["2.3. Bienes y Servicios", 81.66],
      ["2.6 Adquisición de activos No Financieros", 10],
    ]);
    // Cut at 30 June: the semester bands (30 / 50), as the avance runs against the year's PIM.
    expect(m?.period).toBe("semestral");
    expect(m?.results.map((r) => r.level)).toEqual(["Bueno", "Bueno", "Malo"]);
    expect(m?.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["V13.avance-financiero@H4"]);
  });

  it("read MEF's two-row header, Devengado under «Ejecución» (merged or not)", () => {
    const rows: CellValue[][] = [
      ["Consulta de Ejecución del Gasto - Año 2025"],
      BUDGET_HEADER,
      BUDGET_SUBHEADER,
      [
        "2538724: Posta de salud Cachin",
        1800000,
        2350000,
        2210000,
        2050000,
        1896450,
        1896450,
        1842000,
        80.7,
      ],
      ["5006300: Operación y mantenimiento", 60000, 60000, 36000, 33000, 30960, 30960, 30960, 56.1],
    ];
    const merged = [{ top: 1, bottom: 1, left: 5, right: 7 }];
    for (const merges of [merged, []]) {
      const [m] = checkSheet(sheetOf(rows, "Hoja1", merges), DEFAULT_CHECK_OPTIONS).matrices;
      expect(m?.kind).toBe("presupuesto-ejecucion");
      expect(m?.header).toBe("A2:I3");
      expect(m?.results.map((r) => r.value)).toEqual([80.7, 51.6]);
      expect(m?.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["V13.avance-financiero@I5"]);
    }
  });

  it("write back AVANCE_FINANCIERO(devengado, PIM) beside the table, cached with its value", () => {
    const sheet = sheetOf(grid());
    const plan = buildWritePlan([sheet], OPTIONS);
    const cells = plan.cells.filter((c) => c.formula?.startsWith("=PLAN.AVANCE_FINANCIERO"));
    expect(cells.map((c) => [c.address, c.formula, c.value])).toEqual([
      ["I3", "=PLAN.AVANCE_FINANCIERO(F3,C3)", 50],
      ["I4", "=PLAN.AVANCE_FINANCIERO(F4,C4)", 81.66],
      ["I5", "=PLAN.AVANCE_FINANCIERO(F5,C5)", 10],
    ]);
    for (const c of cells) expect(evaluatePlanFormula(c.formula as string, sheet)).toBe(c.value);
    expect(plan.cells.find((c) => c.address === "I2")?.value).toBe(
      "Avance financiero calculado (%)"
    );
  });

  it("in portable mode the native twin divides devengado by PIM", () => {
    const plan = buildWritePlan([sheetOf(grid())], { ...OPTIONS, mode: "nativas" });
    const cell = plan.cells.find((c) => c.address === "I3");
    expect(cell?.formula).toMatch(/^=IF\(.*ROUND\(.*F3.*\/.*C3.*\*100,2\)/);
    expect(cell?.value).toBe(50);
  });
});
