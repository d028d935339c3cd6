import { describe, expect, it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import type { CellValue } from "../../src/core/sheet/sheetData";
import {
  exportWithTextNumbers,
  programacionFinanciera,
  programacionMultianual,
} from "../../scripts/lib/aplicativo-financiera";
import { sheetOf } from "../support/grid";

function check(grid: unknown[][]) {
  const report = checkSheet(sheetOf(grid as CellValue[][], "POI"), DEFAULT_CHECK_OPTIONS);
  const groups = report.matrices.flatMap((m) => m.groups);
  return {
    report,
    groups,
    findings: groups.flatMap((g) => g.cells.map((c) => `${g.rule}@${c}`)).sort(),
  };
}
const plantedOf = (fx: { planted: { rule: string; cell: string }[] }) =>
  fx.planted.map((p) => `${p.rule}@${p.cell}`).sort();

describe("the Aplicativo's «POI por programación financiera» exports (issue 24)", () => {
  it("the annual export (F(RE) / Fn(RE), fuente, genérica, no F(SE)) is detected and checked", () => {
    const fx = programacionFinanciera();
    const got = check(fx.grid);
    expect(got.report.matrices.map((m) => [m.kind, m.rows])).toEqual([
      ["poi-financiera", fx.lines],
    ]);
    expect(got.findings).toEqual(plantedOf(fx));
    expect(got.groups.find((g) => g.rule === "V4.total-familia")?.message).toBe(
      "3 totales de familia que no son la suma de sus meses (ET11, HG51, DT121)."
    );
  });

  it("the multianual export (F(E) / Fn(E), Etapa ELABORACION) groups an AO's lines by year", () => {
    const fx = programacionMultianual();
    const got = check(fx.grid);
    expect(got.report.matrices.map((m) => [m.kind, m.rows])).toEqual([
      ["poi-financiera", fx.lines],
    ]);
    expect(got.findings).toEqual(plantedOf(fx));
    expect(got.groups.find((g) => g.rule === "V11.fisico-financiero")?.message).toMatch(
      /^La AO AOI\d+ tiene meta física \(12 en F\(E\)\) pero ninguna programación financiera en Fn\(E\)\.$/
    );
  });

  it("an export saved with text numbers gives one text-number notice for them all", () => {
    const fx = exportWithTextNumbers();
    const got = check(fx.grid);
    expect(got.report.matrices.map((m) => m.kind)).toEqual(["poi-export"]);
    const texts = got.groups.filter((g) => g.rule === "N2.texto");
    expect(texts).toHaveLength(1);
    expect(texts[0]?.count).toBeGreaterThan(4000);
    expect(texts[0]?.message).toMatch(
      /^[\d,]+ números escritos como texto en .+; se leyeron como números\.$/
    );
  });
});
