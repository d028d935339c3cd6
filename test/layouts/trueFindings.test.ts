import { describe, expect, it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { flatPoiTareasVersiones } from "../../scripts/lib/true-findings-layouts";
import { sheetOf } from "../support/grid";

/** Every finding of the grid's matrices, every cell of every group, as «rule@cell». */
function check(grid: CellValue[][]) {
  const report = checkSheet(sheetOf(grid), DEFAULT_CHECK_OPTIONS);
  const groups = report.matrices.flatMap((m) => m.groups);
  const rowOf = (cell: string) => Number(/\d+/.exec(cell)?.[0]);
  const rowsWith = (pick: (g: (typeof groups)[number]) => boolean) =>
    new Set(groups.filter(pick).flatMap((g) => g.cells.map(rowOf))).size;
  return {
    kinds: report.matrices.map((m) => m.kind),
    rows: report.matrices.reduce((a, m) => a + m.rows, 0),
    groups,
    findings: groups.flatMap((g) => g.cells.map((c) => `${g.rule}@${c}`)).sort(),
    errorRows: rowsWith((g) => g.severity === "error"),
    findingRows: rowsWith(() => true),
  };
}

describe("a flat POI by task with versioned task columns (issue 24)", () => {
  const fx = flatPoiTareasVersiones();
  const got = check(fx.grid as CellValue[][]);

  it("reads TAREAS_V2 as the task column and says so once", () => {
    expect(got.kinds).toEqual(["poi-tareas"]);
    expect(got.rows).toBe(1701);
    const notice = got.groups.filter((g) => g.rule === "P2.columna-tarea");
    expect(notice.map((g) => [g.cells, g.message])).toEqual([
      [
        ["AD3"],
        "Se leyeron las tareas de «TAREAS_V2», la versión más reciente; no se leyó «TAREAS_V1».",
      ],
    ]);
  });

  it("finds every planted defect at its cell and nothing else: no AO row is taken for a task", () => {
    const planted = fx.planted.map((p) => `${p.rule}@${p.cell}`).sort();
    expect(got.findings.filter((f) => !f.startsWith("P2."))).toEqual(planted);
    expect(fx.aoOnly).toBeGreaterThan(40);
    expect(planted.filter((p) => p.startsWith("V12."))).toHaveLength(1);
  });

  it("at most 1 % of its rows give an error and at most 5 % any finding", () => {
    expect(got.errorRows / got.rows).toBeLessThanOrEqual(0.01);
    expect(got.findingRows / got.rows).toBeLessThanOrEqual(0.05);
  });

  it("groups what repeats: 40 ELIMINAR tasks and 34 empty rows are one entry each", () => {
    const by = (rule: string) => got.groups.filter((g) => g.rule === rule);
    expect(by("V11.tarea-eliminada").map((g) => g.count)).toEqual([40]);
    expect(by("V11.fila-sin-programar").map((g) => g.count)).toEqual([34]);
    expect(by("V11.tarea-eliminada")[0]?.message).toMatch(
      /^40 tareas marcadas para eliminar que aún tienen programación \(AC\d+, /
    );
  });
});
