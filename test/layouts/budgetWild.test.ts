import { describe, expect, it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import { cutDateOf } from "../../src/core/detect/cutDate";
import type { CellValue, MergedRange } from "../../src/core/sheet/sheetData";
import {
  consultaAmigablePaste,
  ineiBudget,
  mefOpenData,
} from "../../scripts/lib/budget-wild-layouts";
import { sheetOf } from "../support/grid";

function check(grid: unknown[][], merges: MergedRange[] = []) {
  const report = checkSheet(
    sheetOf(grid as CellValue[][], "Ejecución", merges),
    DEFAULT_CHECK_OPTIONS
  );
  const groups = report.matrices.flatMap((m) => m.groups);
  return {
    report,
    matrices: report.matrices,
    findings: groups.flatMap((g) => g.cells.map((c) => `${g.rule}@${c}`)).sort(),
  };
}
const plantedOf = (fx: { planted: { rule: string; cell: string }[] }) =>
  fx.planted.map((p) => `${p.rule}@${p.cell}`).sort();

describe("budget tables as found in the wild (issue 24)", () => {
  it("an INEI table with « DEVENGADO ACUMULADO» is detected; a one-decimal avance gives no finding", () => {
    const fx = ineiBudget();
    const got = check(fx.grid);
    expect(got.matrices.map((m) => [m.kind, m.header, m.rows, m.period])).toEqual([
      ["presupuesto-ejecucion", "A4:H4", fx.lines + 1, "anual"],
    ]);
    expect(got.findings).toEqual(plantedOf(fx));
  });

  it("says the annual CEPLAN bands measured a table cut before year end", () => {
    const got = check(ineiBudget().grid);
    const notice = got.matrices[0]?.groups.find((g) => g.rule === "P3.escala-corte");
    expect(notice?.message).toBe(
      "La ejecución es a agosto («Ejecución presupuestal al 31 de agosto de 2025 (en soles)»), antes del cierre del año, y se midió con las bandas anuales de CEPLAN (CEPLAN anual (75 / 95)): el avance se compara con el PIM de todo el año."
    );
  });

  it("MEF open-data columns (mto_pim, mto_devenga_01…12) and their «Suma de mto_pim» pivot are two tables", () => {
    const fx = mefOpenData();
    const got = check(fx.grid);
    expect(got.matrices.map((m) => [m.kind, m.header, m.rows])).toEqual([
      ["presupuesto-ejecucion", "C1:S1", fx.lines],
      ["presupuesto-ejecucion", `A${fx.pivotTop + 1}:N${fx.pivotTop + 1}`, fx.pivotLines + 1],
    ]);
    expect(got.findings).toEqual(plantedOf(fx));
    // The devengado is the sum of the months: every line has its avance.
    expect(got.matrices[0]?.results.every((r) => r.value !== null)).toBe(true);
    expect(got.matrices[1]?.results[0]?.code).toBe(fx.grid[fx.pivotTop + 1]?.[0]);
  });

  it("a pasted Consulta Amigable block is read under its titles and stops before the pivot below", () => {
    const fx = consultaAmigablePaste();
    const got = check(fx.grid, fx.merges);
    expect(got.matrices.map((m) => [m.kind, m.header, m.rows, m.period])).toEqual([
      ["presupuesto-ejecucion", "A7:G8", fx.lines, "semestral"],
    ]);
    const last = Math.max(
      ...(got.matrices[0]?.results ?? []).map((r) => Number(/\d+/.exec(r.cell)?.[0]))
    );
    expect(last).toBe(fx.lastRow);
    expect(got.findings).toEqual(plantedOf(fx));
  });

  it("reads a cut date in the ways titles write it", () => {
    expect(cutDateOf(["Devengado a junio"])?.month).toBe(6);
    expect(cutDateOf(["Fecha de corte: 30/09/2025"])?.month).toBe(9);
    expect(cutDateOf(["Fecha de la Consulta: 15-setiembre-2025"])?.month).toBe(9);
    expect(cutDateOf(["Ejecución de enero a diciembre"])?.month).toBe(12);
    expect(cutDateOf(["Presupuesto 2025"])).toBeNull();
  });
});
