import { describe, expect, it } from "vitest";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { parseOwnedRef } from "../../src/core/plan/ownedRef";
import { buildRemovalPlan } from "../../src/core/plan/removalPlan";
import {
  SETTINGS_SHEET,
  SUMMARY_SHEET,
  type PlanOptions,
  type WritePlan,
} from "../../src/core/plan/writePlan";
import { parseA1 } from "../../src/core/sheet/address";
import type { CellValue, SheetData } from "../../src/core/sheet/sheetData";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";

const OPTIONS: PlanOptions = NATIVE_WITH_SUMMARY;

/** A small PEI seguimiento matrix: header in row 1, three indicators. */
function peiSheet(name: string): SheetData {
  const rows: CellValue[][] = [
    ["Código", "Denominación", "Logro Esperado", "Valores Obtenidos"],
    ["IND.01.AEI.01.01", "Indicador uno", 50, 40],
    ["IND.02.AEI.01.01", "Indicador dos", 80, 80],
    ["IND.01.AEI.01.02", "Indicador tres", 10, 2],
  ];
  return { name, rows, merges: [], formulas: new Map() };
}

/** The workbook as a writer leaves it after the plan: cells set, plan sheets created. */
function applied(sheets: SheetData[], plan: WritePlan): SheetData[] {
  const out = new Map(sheets.map((s) => [s.name, { ...s, rows: s.rows.map((r) => [...r]) }]));
  const formulas = new Map<string, Map<string, string>>();
  for (const s of plan.sheets) out.set(s.name, { name: s.name, rows: [], merges: [] });
  for (const c of plan.cells) {
    const sheet = out.get(c.sheet) as SheetData;
    const at = parseA1(c.address) as { row: number; col: number };
    (sheet.rows[at.row] ??= [])[at.col] = c.value;
    if (c.formula) {
      const map = formulas.get(c.sheet) ?? new Map<string, string>();
      map.set(c.address, c.formula);
      formulas.set(c.sheet, map);
      sheet.formulas = map;
    }
  }
  return [...out.values()];
}

describe("buildRemovalPlan", () => {
  it("lists exactly the cells, formats and sheets the write plan produced", () => {
    const sheets = [peiSheet("PEI"), peiSheet("Otra hoja")];
    const plan = buildWritePlan(sheets, OPTIONS);
    const removal = buildRemovalPlan(applied(sheets, plan));
    const written = plan.cells
      .filter((c) => c.sheet !== SUMMARY_SHEET && c.sheet !== SETTINGS_SHEET)
      .map((c) => `${c.sheet}!${c.address}`)
      .sort();
    expect(written.length).toBeGreaterThan(6);
    expect(removal.cells.map((c) => `${c.sheet}!${c.address}`).sort()).toEqual(written);
    for (const f of plan.formats)
      expect(removal.formats).toContainEqual({ sheet: f.sheet, range: f.range });
    expect(removal.sheets).toEqual([SUMMARY_SHEET, SETTINGS_SHEET]);
    expect(removal.names).toEqual([]);
  });

  it("spares a value the planner typed over one of Semáforo's formulas, and lists its workbook functions", () => {
    const sheets = [peiSheet("PEI")];
    const plan = buildWritePlan(sheets, { ...OPTIONS, mode: "libro" });
    const book = applied(sheets, plan);
    const target = plan.cells.find((c) => c.sheet === "PEI" && c.formula) as { address: string };
    const pei = book.find((s) => s.name === "PEI") as SheetData;
    const at = parseA1(target.address) as { row: number; col: number };
    (pei.rows[at.row] as CellValue[])[at.col] = 55;
    (pei.formulas as Map<string, string>).delete(target.address);
    const removal = buildRemovalPlan(book);
    expect(removal.spared).toEqual([{ sheet: "PEI", address: target.address }]);
    expect(removal.cells.map((c) => c.address)).not.toContain(target.address);
    expect(removal.names).toEqual(plan.names.map((n) => n.name));
    expect(removal.names).toContain("AVANCE_TIPO1");
  });

  it("is empty for a workbook Semáforo never wrote into", () => {
    expect(buildRemovalPlan([peiSheet("PEI")])).toEqual({
      cells: [],
      formats: [],
      sheets: [],
      names: [],
      spared: [],
    });
  });

  it("handles sheet names with apostrophes and spaces", () => {
    const sheets = [peiSheet("D'Arcy 2025")];
    const plan = buildWritePlan(sheets, { ...OPTIONS, summary: false });
    expect(plan.settings.celdas.some((r) => r.startsWith("'D''Arcy 2025'!"))).toBe(true);
    const removal = buildRemovalPlan(applied(sheets, plan));
    expect(removal.cells.length).toBeGreaterThan(0);
    expect(new Set(removal.cells.map((c) => c.sheet))).toEqual(new Set(["D'Arcy 2025"]));
    expect(removal.sheets).toEqual([SETTINGS_SHEET]);
  });
});

describe("parseOwnedRef", () => {
  it("unquotes Excel sheet names and normalises the range", () => {
    expect(parseOwnedRef("'D''Arcy'!$g$8:G9")).toEqual({ sheet: "D'Arcy", range: "G8:G9" });
    expect(parseOwnedRef("Hoja1!E2")).toEqual({ sheet: "Hoja1", range: "E2" });
    expect(parseOwnedRef("Hoja1!no")).toBeNull();
    expect(parseOwnedRef("E2")).toBeNull();
  });
});

describe("applying twice on a sheet whose name has an apostrophe", () => {
  it("reuses its own column instead of adding a new one", () => {
    const sheets = [peiSheet("D'Arcy")];
    const first = buildWritePlan(sheets, OPTIONS);
    const second = buildWritePlan(applied(sheets, first), OPTIONS);
    const cols = (p: WritePlan) =>
      [...new Set(p.cells.filter((c) => c.sheet === "D'Arcy").map((c) => c.address[0]))].sort();
    expect(cols(first)).toEqual(["E"]);
    expect(cols(second)).toEqual(cols(first));
    expect(second.conflicts).toEqual([]);
  });
});
