import { beforeAll, describe, expect, it } from "vitest";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { checkSheet, type SheetReport } from "../../src/core/check/checkSheets";
import { samplePath } from "../support/samples";
import { LARES } from "../fixtures/lares";
import BUDGET from "../fixtures/lares-ejecucion-presupuestal-2025-sem1.json";
import { parseScaleChoice } from "../../src/core/scales/scaleChoice";

async function check(name: string, scaleText = ""): Promise<SheetReport[]> {
  const wb = await openWorkbook(samplePath(name));
  const parsed = parseScaleChoice(scaleText);
  if (!parsed.ok) throw new Error(parsed.message);
  return wb.sheets.map((s) => checkSheet(s, { scale: parsed.choice, maxFindings: 200 }));
}
const findings = (sheets: SheetReport[]) =>
  sheets.flatMap((s) => s.matrices.flatMap((m) => m.findings));

describe("EMSAPUNO POI 2024 sample (seed 004)", () => {
  let sheets: SheetReport[];
  beforeAll(async () => {
    sheets = await check("emsapuno-poi-2024.xlsx");
  });

  it("finds one poi-programacion matrix per ficha, with its label block, and the PEI table", () => {
    const poi = sheets.find((s) => s.name === "POI 2024");
    expect(poi?.matrices.length).toBe(23);
    expect(new Set(poi?.matrices.map((m) => m.kind))).toEqual(new Set(["poi-programacion"]));
    expect(poi?.matrices.every((m) => m.confidence >= 0.9)).toBe(true);
    expect(poi?.matrices[0]?.ficha?.ficha).toBe("FP 06 TRÁMITE DOCUMENTARIO Y ARCHIVO");
    expect(poi?.matrices[0]?.ficha?.unidadOrganica).toBe("Secretaría General");
    const pei = sheets.find((s) => s.name === "PEI 2023-2025");
    expect(pei?.matrices.map((m) => m.kind)).toEqual(["pei-matriz"]);
  });

  it("Facturación mensual: the II Trimestre cell is wrong by 6,000 (an error, only that cell)", () => {
    const f = findings(sheets).filter((x) => x.message.includes("Facturación mensual"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "V4.trimestre", severity: "error" });
    expect(f[0]?.message).toContain("II Trimestre");
    expect(f[0]?.message).toContain("(4,199,904.03)");
    expect(f[0]?.message).toContain("(4,193,904.03)");
    expect(f[0]?.cell).toMatch(/^O\d+$/);
  });

  it("Recaudación mensual: Q2, Q3 and the year off by 1 are warnings (hidden decimals)", () => {
    const f = findings(sheets).filter((x) => x.message.includes("Recaudación mensual"));
    expect(f.map((x) => [x.rule, x.severity, x.cell[0]])).toEqual([
      ["V4.decimales", "warning", "O"],
      ["V4.decimales", "warning", "S"],
      ["V4.decimales", "warning", "X"],
    ]);
  });

  it("Boletín Interno starts in Marzo but programs enero and febrero (V6)", () => {
    const f = findings(sheets).filter((x) => x.message.includes("Boletín Interno"));
    expect(f.map((x) => [x.rule, x.cell[0]])).toEqual([
      ["V6.fuera-de-plazo", "H"],
      ["V6.fuera-de-plazo", "I"],
    ]);
  });

  it("level rows (Catastro 100 %, presión m.c.a., continuidad horas/día) are not sum errors", () => {
    const levelRows = ["Dinámica Catastral", "Presión en la red", "Continuidad"];
    const f = findings(sheets).filter((x) => levelRows.some((t) => x.message.includes(t)));
    expect(f).toEqual([]);
  });

  it("an AEI listed under another OEI in a ficha's alignment table is a hierarchy error", () => {
    const f = findings(sheets).filter((x) => x.rule === "V1.jerarquia");
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.message).toBe("AEI.02.01 figura bajo OEI.01, pero su código indica OEI.02.");
  });
});

describe("Lares PEI 2025-Sem1 sample (seed 003)", () => {
  let sheets: SheetReport[];
  beforeAll(async () => {
    sheets = await check("lares-pei-2025-s1.xlsx");
  });

  it("reads Tabla 3 through its repeated headers and split row, as a semestral report", () => {
    const m = sheets.find((s) => s.name === "Tabla 3")?.matrices[0];
    expect(m?.kind).toBe("pei-seguimiento");
    expect(m?.header).toBe("A4:F5");
    expect(m?.period).toBe("semestral");
    expect(m?.scale).toBe("CEPLAN_SEMESTRAL");
    expect(m?.results.filter((r) => r.code.startsWith("AEI"))).toHaveLength(30);
  });

  it("gives the seed's avances, normalised codes, and the semestral counts 10 / 2 / 18", () => {
    const m = sheets.find((s) => s.name === "Tabla 3")?.matrices[0];
    const byCode = new Map(m?.results.map((r) => [r.code, r]));
    expect(byCode.get("IND.01.AEI.03.01")?.value).toBe(92.15);
    expect(byCode.get("IND.01.AEI.08.05")?.value).toBe(42.52);
    expect(byCode.get("AEI.10.02")).toMatchObject({ value: 8.75, level: "Malo" });
    for (const row of LARES.rows.filter((r) => !["AEI.01.02", "AEI.06.01"].includes(r.code))) {
      expect(byCode.get(row.code)?.value, row.code).toBe(row.printed);
    }
    const aei = m?.results.filter((r) => r.code.startsWith("AEI")) ?? [];
    const count = (level: string) => aei.filter((r) => r.level === level).length;
    expect([count("Malo"), count("Regular"), count("Bueno")]).toEqual([10, 2, 18]);
  });

  it("flags the printed avances it cannot reproduce (AEI.01.02 without sentido, AEI.06.01)", () => {
    const f = sheets
      .find((s) => s.name === "Tabla 3")
      ?.matrices[0]?.findings.filter((x) => x.rule === "V13.avance");
    expect(f?.map((x) => x.message.match(/(IND\.01\.)?AEI\.\d\d\.\d\d/)?.[0])).toEqual([
      "AEI.01.02",
      "IND.01.AEI.01.02",
      "AEI.06.01",
      "IND.01.AEI.06.01",
    ]);
  });

  it("the Aplicativo report's stated sentido makes AEI.01.02 reproduce (No definido → 100)", () => {
    const m = sheets.find((s) => s.name === "Reporte aplicativo")?.matrices[0];
    expect(m?.results.find((r) => r.code === "IND.01.AEI.01.02")?.value).toBe(100);
    expect(m?.findings.some((f) => f.rule === "V13.avance")).toBe(false);
    const tipo2 = m?.findings
      .filter((f) => f.rule === "V9.tipo2")
      .map((f) => f.message.slice(0, 16));
    expect(tipo2).toEqual([
      "IND.01.AEI.01.02",
      "IND.01.AEI.02.02",
      "IND.01.AEI.03.04",
      "IND.01.AEI.04.02",
    ]);
  });

  it("the per-OEI summary table is not taken for a matrix", () => {
    expect(sheets.find((s) => s.name === "Resumen OEI")?.matrices).toEqual([]);
  });
});

describe("Lares POI seguimiento and the budget workbook", () => {
  it("POI seguimiento: each AO lacks one of its two lines in the OCR'd report (P1), codes are bent", async () => {
    const [sheet] = await check("lares-poi-2025-s1.xlsx");
    const m = sheet?.matrices[0];
    expect(m?.kind).toBe("poi-seguimiento");
    expect(m?.period).toBe("semestral");
    expect(m?.findings.filter((f) => f.rule === "P1.linea-faltante")).toHaveLength(23);
    expect(m?.findings.find((f) => f.rule === "V1.codigo-ao")?.message).toContain("AOI30071100001");
  });

  it("budget tables and prose that mention POI are not planning matrices", async () => {
    const sheets = await check("presupuesto-emsapuno-2024.xlsx");
    expect(sheets.map((s) => [s.name, s.matrices.length])).toEqual([
      ["Ingresos", 0],
      ["Egresos", 0],
      ["Resolución", 0],
      ["Ejecución 2025-S1", 1],
    ]);
  });
});

describe("Lares budget execution 2025-Sem1 sample (seed 003, Consulta Amigable layout)", () => {
  let m: SheetReport["matrices"][number] | undefined;
  beforeAll(async () => {
    const sheets = await check("presupuesto-emsapuno-2024.xlsx");
    m = sheets.find((s) => s.name === "Ejecución 2025-S1")?.matrices[0];
  });

  it("reads the two-row header (Devengado under «Ejecución») as a budget execution table", () => {
    expect(m?.kind).toBe("presupuesto-ejecucion");
    expect(m?.header).toBe("A6:I7");
    expect(m?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("each line's AVANCE_FINANCIERO is the seed's real avance; the TOTAL row is not a line", () => {
    const byCode = new Map(m?.results.map((r) => [r.code.split(":")[0], r.value]));
    expect([...byCode.keys()]).toEqual(BUDGET.lines.map((l) => l.code));
    for (const line of BUDGET.lines) expect(byCode.get(line.code), line.code).toBe(line.avanceSeed);
    expect(m?.results.map((r) => r.level)).toEqual([
      "Bueno",
      "Bueno",
      "Bueno",
      "Regular",
      "Regular",
      "Bueno",
      "Malo",
      "Regular",
      "Malo",
      "Malo",
    ]);
  });

  it("reports only the planted wrong avance (56.1 printed for 51.6), at its Avance % cell", () => {
    expect(m?.findings.map((f) => [f.rule, f.cell])).toEqual([["V13.avance-financiero", "I13"]]);
    expect(m?.findings[0]?.message).toContain(
      "(56.10) no es devengado / PIM (30,960 / 60,000 = 51.60)"
    );
  });
});
