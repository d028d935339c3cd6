import { describe, expect, it } from "vitest";
import {
  applyPlanExcel,
  PAYLOAD_LIMIT,
  requireApi,
  ExcelHostTooOld,
} from "../../src/excel/applyPlanExcel";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { FakeExcel } from "../support/fakeExcel";
import { sheetOf } from "../support/grid";
import { LARES } from "../fixtures/lares";

const OPTIONS: PlanOptions = {
  mode: "nativas",
  tope: true,
  scale: { kind: "periodo" },
  period: null,
  summary: true,
  force: false,
};

/** A PEI seguimiento table with `n` AEI (each with one indicator), cycling the real Lares rows. */
function peiRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["Código", "Denominación", "Logro Esperado", "Valores Obtenidos", "Avance Tipo I (%)"],
  ];
  for (let i = 0; i < n; i++) {
    const src = LARES.rows[i % LARES.rows.length]!;
    const code = `${String(Math.floor(i / 99) + 1).padStart(2, "0")}.${String((i % 99) + 1).padStart(2, "0")}`;
    rows.push(
      [`AEI.${code}`, src.name, null, null, null],
      [`IND.01.AEI.${code}`, src.indicatorName, src.le, src.vo, null]
    );
  }
  return rows;
}

async function applyToFake(rows: CellValue[][]) {
  const excel = new FakeExcel();
  excel.addSheet("PEI");
  const plan = buildWritePlan([sheetOf(rows, "PEI")], OPTIONS);
  const syncs = await applyPlanExcel(plan, excel.run);
  return { excel, plan, syncs };
}

describe("Excel adapter against a fake workbook", () => {
  it("needs the same number of round trips for 100 and 10,000 rows, each request under 4 MB", async () => {
    const small = await applyToFake(peiRows(50));
    const big = await applyToFake(peiRows(5000));
    expect(big.plan.cells.filter((c) => c.formula).length).toBeGreaterThan(10_000);
    expect(big.syncs).toBe(small.syncs);
    expect(big.syncs).toBeLessThanOrEqual(2 + 2 * 3); // sheet lookup + one per written sheet + events restore
    expect(big.excel.maxBytesPerSync).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("writes the planned formulas and semáforo rules, with events off while writing", async () => {
    const { excel, plan } = await applyToFake(peiRows(30));
    const pei = excel.sheets.get("PEI")!;
    const first = plan.cells.find((c) => c.sheet === "PEI" && c.formula)!;
    expect(pei.cells.get(first.address)).toBe(first.formula);
    // The table's own avance column (E) is empty: it is filled, and its header left as it was.
    expect(first.address).toMatch(/^E\d+$/);
    expect(pei.cells.has("E1")).toBe(false);
    const rules = [...pei.formats.values()][0]!;
    expect(rules.map((r) => r.fill)).toEqual(["#FFC7CE", "#FFEB9C", "#C6EFCE", "#D9D9D9"]);
    expect(rules[0]?.formula).toBe("=AND(ISNUMBER(E2),E2<75)"); // anual: no semester in the header
    expect(excel.eventsLog).toEqual([false, true]);
    expect(excel.sheets.get("Semaforo_Ajustes")?.visibility).toBe("Hidden");
    expect(excel.sheets.get("Resumen Semáforo")?.cells.get("A1")).toBe("Resumen del semáforo");
  });

  it("text that starts with = is written as text, never as a formula", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Hoja");
    await applyPlanExcel(
      {
        cells: [{ sheet: "Hoja", address: "A1", value: '=HYPERLINK("x")', text: true }],
        formats: [],
        sheets: [],
        conflicts: [],
        notes: [],
        settings: {
          escala: "",
          periodo: "",
          modo: "nativas",
          tope: true,
          celdas: [],
          nombres: [],
          columnas: [],
        },
        names: [],
      },
      excel.run
    );
    expect(excel.sheets.get("Hoja")?.cells.get("A1")).toBe('\'=HYPERLINK("x")');
  });

  it("refuses hosts without ExcelApi 1.8, in Spanish", () => {
    expect(() => requireApi(() => false)).toThrow(ExcelHostTooOld);
    expect(() => requireApi(() => false)).toThrow(/Actualice Excel/);
    expect(() => requireApi(() => true)).not.toThrow();
  });
});
