import { describe, expect, it } from "vitest";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { keepPlannersSummary, planToWrite } from "../../src/core/plan/keepSummary";
import { SETTINGS_SHEET, SUMMARY_SHEET, type WritePlan } from "../../src/core/plan/writePlan";
import { parseA1 } from "../../src/core/sheet/address";
import type { CellValue, SheetData } from "../../src/core/sheet/sheetData";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";

function peiSheet(): SheetData {
  const rows: CellValue[][] = [
    ["Código", "Denominación", "Logro Esperado", "Valores Obtenidos"],
    ["IND.01.AEI.01.01", "Indicador uno", 50, 40],
    ["IND.02.AEI.01.01", "Indicador dos", 80, 80],
  ];
  return { name: "PEI", rows, merges: [], formulas: new Map() };
}

/** The workbook as a writer leaves it after the plan: cells set, plan sheets created. */
function applied(sheets: SheetData[], plan: WritePlan): SheetData[] {
  const out = new Map(sheets.map((s) => [s.name, { ...s, rows: s.rows.map((r) => [...r]) }]));
  for (const s of plan.sheets) out.set(s.name, { name: s.name, rows: [], merges: [] });
  for (const c of plan.cells) {
    const sheet = out.get(c.sheet) as SheetData;
    const at = parseA1(c.address) as { row: number; col: number };
    (sheet.rows[at.row] ??= [])[at.col] = c.value;
    if (c.formula) sheet.formulas = new Map([...(sheet.formulas ?? []), [c.address, c.formula]]);
  }
  return [...out.values()];
}

const hasSummary = (plan: WritePlan) => plan.sheets.some((s) => s.name === SUMMARY_SHEET);

describe("keepPlannersSummary", () => {
  const first = buildWritePlan([peiSheet()], NATIVE_WITH_SUMMARY);
  const workbook = applied([peiSheet()], first);

  it("replaces Semáforo's own summary, untouched since it wrote it", () => {
    const plan = keepPlannersSummary(buildWritePlan(workbook, NATIVE_WITH_SUMMARY), workbook);
    expect(hasSummary(plan)).toBe(true);
    expect(plan.notes.join(" ")).not.toMatch(/se conservó/);
  });

  it("keeps a summary the planner edited: no new summary, no summary mark, and a note", () => {
    const edited = workbook.map((s) =>
      s.name === SUMMARY_SHEET ? { ...s, rows: [...s.rows, ["Comentario del planificador"]] } : s
    );
    const plan = keepPlannersSummary(buildWritePlan(edited, NATIVE_WITH_SUMMARY), edited);
    expect(hasSummary(plan)).toBe(false);
    expect(plan.cells.some((c) => c.sheet === SUMMARY_SHEET)).toBe(false);
    expect(plan.settings.resumen).toBeUndefined();
    expect(plan.cells.some((c) => c.sheet === SETTINGS_SHEET)).toBe(true);
    expect(plan.notes.join(" ")).toMatch(/tiene cambios suyos: se conservó tal cual/);
    // The pane's plan (planToWrite) follows the same policy.
    expect(hasSummary(planToWrite(edited, NATIVE_WITH_SUMMARY))).toBe(false);
    expect(hasSummary(planToWrite(workbook, NATIVE_WITH_SUMMARY))).toBe(true);
  });

  it("keeps a summary sheet it cannot tell is its own (no settings sheet), saying why", () => {
    const orphan = workbook.filter((s) => s.name !== SETTINGS_SHEET);
    const plan = keepPlannersSummary(buildWritePlan(orphan, NATIVE_WITH_SUMMARY), orphan);
    expect(hasSummary(plan)).toBe(false);
    expect(plan.notes.join(" ")).toMatch(/no se puede saber si usted cambió/);
  });

  it("leaves a plan without a summary as it is", () => {
    const plan = buildWritePlan(workbook, { ...NATIVE_WITH_SUMMARY, summary: false });
    expect(keepPlannersSummary(plan, workbook)).toBe(plan);
  });
});
