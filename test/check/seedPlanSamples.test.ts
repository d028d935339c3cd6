import { beforeAll, describe, expect, it } from "vitest";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import {
  checkSheet,
  DEFAULT_CHECK_OPTIONS,
  type SheetReport,
} from "../../src/core/check/checkSheets";
import { samplePath } from "../support/samples";

async function check(name: string): Promise<SheetReport[]> {
  const wb = await openWorkbook(samplePath(name));
  return wb.sheets.map((s) => checkSheet(s, { ...DEFAULT_CHECK_OPTIONS, maxFindings: 1000 }));
}

describe("PROCOES 2018 sample (seed 000)", () => {
  it("one previsto-vs-logrado matrix, four avances of 100 (Bueno), no findings", async () => {
    const [sheet] = await check("procoes-indicadores-2018.xlsx");
    expect(sheet?.matrices.map((m) => m.kind)).toEqual(["indicadores-previsto-logrado"]);
    const m = sheet!.matrices[0]!;
    expect(m.results.map((r) => [r.value, r.level])).toEqual(Array(4).fill([100, "Bueno"]));
    expect(m.findings).toEqual([]);
  });
});

describe("HdR-AS plan 2025 sample (seed 001)", () => {
  let sheets: SheetReport[];
  beforeAll(async () => {
    sheets = await check("hdr-as-plan-2025.xlsx");
  });

  it("Tabla 1 and the plan are implementation-plan matrices; Tabla 1 has no findings", () => {
    expect(sheets.map((s) => [s.name, s.matrices.map((m) => m.kind)])).toEqual([
      ["Tabla 1", ["plan-metas-cronograma"]],
      ["Plan 2025-2030", ["plan-metas-cronograma"]],
      ["Seguimiento 2025", ["plan-metas-cronograma"]],
    ]);
    expect(sheets[0]?.matrices[0]?.findings).toEqual([]);
  });

  it("the planted meta outside the cronograma (1.1.1.1, 2026) is a warning at E11", () => {
    const plan = sheets[1]!.matrices[0]!;
    const planted = plan.findings.find((f) => f.cell === "E11");
    expect(planted).toMatchObject({ rule: "V6.meta-fuera-de-cronograma", severity: "warning" });
    expect(planted?.message).toContain("La actividad 1.1.1.1 tiene meta en 2026");
    // The seed's own 24 metas outside its cronograma are one finding for each of its 8
    // activities (their years listed), plus the planted one: never 24 errors. Two of them
    // describe a state or a lagged result: a notice, not also a warning.
    const v6 = plan.findings.filter((f) => f.rule === "V6.meta-fuera-de-cronograma");
    expect(v6).toHaveLength(7);
    expect(plan.counts.errors).toBe(0);
    const notices = plan.findings.filter((f) => f.rule === "V6.meta-de-estado");
    expect(notices.map((f) => [f.cell, f.severity])).toEqual([
      ["E19", "info"],
      ["G29", "info"],
    ]);
    expect(v6.map((f) => f.cell)).not.toContain("E19");
    expect(v6.map((f) => f.cell)).not.toContain("G29");
    expect(v6.map((f) => f.message)).toContain(
      "La actividad 1.1.2.2 tiene metas en 2026, 2027, 2028, 2029 y 2030, años que su cronograma no marca: quedan fuera del cronograma (si son proyección, márquelos o dígalo en la meta)."
    );
  });

  it("the published plan has no logrado: no results on «Plan 2025-2030»", () => {
    expect(sheets[1]!.matrices[0]!.results).toEqual([]);
  });

  it("«Seguimiento 2025» (illustrative logrados): avance 2025 per numeric meta, blank logrado warned", () => {
    const seg = sheets[2]!.matrices[0]!;
    // 1.1.3.1's meta is a statement («Política y Plan nacional … incorporan enfoques de EC»): no avance.
    expect(seg.results.map((r) => [r.code, r.value, r.level])).toEqual([
      ["1.1.1.2", 75, "Regular"],
      ["1.1.2.2", 100, "Bueno"],
      ["1.2.2.1", 50, "Malo"],
      ["1.4.1.1", 100, "Bueno"],
      ["4.1.1.1", null, "Sin dato"],
    ]);
    const blank = seg.findings.filter((f) => f.rule === "V11.sin-logrado");
    expect(blank.map((f) => [f.cell, f.message])).toEqual([
      [
        "R13",
        "La actividad 4.1.1.1 tiene meta 3 en 2025, pero su logrado 2025 está en blanco: el avance queda sin dato.",
      ],
    ]);
    // The cronograma rules still read the repeated activities (1.1.2.2's metas 2026–2030: one
    // warning listing its five years).
    const v6 = seg.findings.filter((f) => f.rule === "V6.meta-fuera-de-cronograma");
    expect(v6.map((f) => f.message)).toEqual([
      expect.stringContaining("tiene metas en 2026, 2027, 2028, 2029 y 2030"),
    ]);
  });
});
