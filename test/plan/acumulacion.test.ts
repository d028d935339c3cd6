import { describe, expect, it } from "vitest";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import { checkSheet } from "../../src/core/check/checkSheets";
import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { sheetOf } from "../support/grid";
import { evaluatePlanFormula } from "../support/planFormula";

const MONTHS = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio"];
const OPTIONS: PlanOptions = {
  mode: "personalizadas",
  tope: false,
  scale: PERIOD_CHOICE,
  period: null,
  summary: false,
  force: false,
};

/** A POI seguimiento with one AO per tipo de acumulación: PROGRAMADO and EJECUTADO lines. */
function seguimiento(acumulacion: string): CellValue[][] {
  return [
    ["Actividad Operativa", "Unidad de Medida", "Tipo de acumulación", null, ...MONTHS],
    [
      "AOI30071100001 - Vigilancia",
      "ACCION",
      acumulacion,
      "PROGRAMADO",
      2,
      10,
      4,
      null,
      null,
      null,
    ],
    [null, null, null, "EJECUTADO", 3, 10, 0, null, null, null],
  ];
}

describe("tipo de acumulación: the formula and its cached value mean the same", () => {
  it.each([
    ["Máximo", "maximo", 100],
    ["Acumulado Anual", "suma", 81.25],
    ["No Acumulado", "ultimo", 0],
    ["Promedio", "promedio", 81.25],
  ])(
    "«%s» writes EJECUCION(…,%j) cached with what that formula computes",
    (label, mode, expected) => {
      const sheet = sheetOf(seguimiento(label));
      const plan = buildWritePlan([sheet], OPTIONS);
      const cell = plan.cells.find((c) => c.formula?.startsWith("=PLAN.EJECUCION"));
      expect(cell?.formula).toBe(`=PLAN.EJECUCION(E2:J2,E3:J3,"${mode}")`);
      expect(cell?.value).toBe(expected);
      expect(evaluatePlanFormula(cell?.formula as string, sheet)).toBe(cell?.value);
      const [m] = checkSheet(sheet, { scale: PERIOD_CHOICE, maxFindings: 50 }).matrices;
      expect(m?.results[0]?.value).toBe(expected);
    }
  );

  it("every written PLAN formula on the samples is cached with the value it computes", async () => {
    const { openWorkbook } = await import("../../src/xlsx/openWorkbook");
    const { samplePath } = await import("../support/samples");
    let checked = 0;
    for (const name of ["lares-pei-2025-s1.xlsx", "lares-poi-2025-s1.xlsx"]) {
      const { sheets } = await openWorkbook(samplePath(name));
      const plan = buildWritePlan(sheets, { ...OPTIONS, tope: true, summary: true });
      const formulas = plan.cells.filter((c) => c.formula?.startsWith("=PLAN."));
      for (const c of formulas) {
        const sheet = sheets.find((s) => s.name === c.sheet);
        if (!sheet || /PROMEDIO_AVANCE/.test(c.formula as string)) continue;
        const computed = evaluatePlanFormula(c.formula as string, sheet);
        expect(computed === "" ? null : computed, `${c.sheet}!${c.address}`).toBe(c.value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe("portable ejecución stays short when the months hold numbers only", () => {
  const native = (rows: CellValue[][]) => {
    const plan = buildWritePlan([sheetOf(rows)], { ...OPTIONS, mode: "nativas" });
    const cell = plan.cells.find((c) => c.formula && /SUMPRODUCT/.test(c.formula));
    expect(cell?.array).toBe(true);
    return cell?.formula as string;
  };

  it("reads number months as they are, without the native text parser", () => {
    const formula = native(seguimiento("Acumulado Anual"));
    expect(formula).not.toContain("NUMBERVALUE");
    // The parser made every such cell about 10,000 characters (200 MB for 20,000 AO).
    expect(formula.length).toBeLessThan(600);
  });

  it("parses months only when one of them holds a number typed as text", () => {
    const rows = seguimiento("Acumulado Anual");
    (rows[2] as CellValue[])[5] = "1.00";
    expect(native(rows)).toContain("NUMBERVALUE");
  });
});
