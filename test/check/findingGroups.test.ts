import { describe, expect, it } from "vitest";
import { compactRanges } from "../../src/core/check/compactRanges";
import { describeRanges, groupFindings } from "../../src/core/check/findingGroups";
import type { Finding } from "../../src/core/check/findings";

const finding = (rule: string, cell: string, cause?: string): Finding => ({
  rule,
  severity: "warning",
  cell,
  message: `${rule} en ${cell}`,
  ...(cause === undefined ? {} : { cause }),
});

describe("compactRanges", () => {
  it("joins consecutive rows of one column into a range and keeps gaps apart", () => {
    const cells = ["H74", "H75", "H76", "H78", "H77", "H80"];
    expect(compactRanges(cells)).toEqual(["H74:H78", "H80"]);
  });

  it("joins equal row runs of neighbouring columns into one block", () => {
    const cells: string[] = [];
    for (const col of ["J", "K", "L"]) for (let r = 2; r <= 269; r++) cells.push(`${col}${r}`);
    expect(compactRanges(cells)).toEqual(["J2:L269"]);
  });

  it("keeps columns apart when their rows differ, and orders blocks top to bottom", () => {
    expect(compactRanges(["B5", "C5", "C6", "A1"])).toEqual(["A1", "B5", "C5:C6"]);
  });

  it("keeps ranges and non-addresses as written, once", () => {
    expect(compactRanges(["A5:F5", "B2", "A5:F5", "4:4"])).toEqual(["B2", "A5:F5", "4:4"]);
  });
});

describe("groupFindings", () => {
  it("groups by rule and cause, in order of first appearance, keeping every cell", () => {
    const groups = groupFindings([
      finding("V7.requerido", "H74", "unidad"),
      finding("N2.texto", "J2", "texto"),
      finding("V7.requerido", "H75", "unidad"),
      finding("V7.requerido", "C9", "codigo"),
      finding("V7.requerido", "H76", "unidad"),
    ]);
    expect(groups.map((g) => [g.rule, g.cause, g.count])).toEqual([
      ["V7.requerido", "unidad", 3],
      ["N2.texto", "texto", 1],
      ["V7.requerido", "codigo", 1],
    ]);
    expect(groups[0]?.cells).toEqual(["H74", "H75", "H76"]);
    expect(groups[0]?.ranges).toEqual(["H74:H76"]);
    expect(groups[0]?.message).toBe("V7.requerido en H74");
    expect(groups[0]?.findings).toHaveLength(3);
  });

  it("counts cells, so the groups add up to the findings", () => {
    const findings = Array.from({ length: 40 }, (_, i) => finding("N1", `B${i + 2}`));
    const groups = groupFindings(findings);
    expect(groups).toHaveLength(1);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(findings.length);
    expect(groups[0]?.cause).toBe("");
  });
});

describe("describeRanges", () => {
  it("lists a few ranges and says how many are left", () => {
    expect(describeRanges(["A1", "B2"])).toBe("A1, B2");
    expect(describeRanges(["A1", "B2", "C3", "D4"])).toBe("A1, B2, C3 y 1 rango más");
    expect(describeRanges(["A1", "B2", "C3", "D4", "E5"], 2)).toBe("A1, B2 y 3 rangos más");
  });
});
