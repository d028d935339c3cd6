import { describe, expect, it } from "vitest";
import { parseCode } from "../../src/core/codes/codes";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { sheetOf } from "../support/grid";

/**
 * A PDRC table as CEPLAN's PDRC guide lays it out [INF: the guide's OER / AER / indicator chain
 * in the PEI matrix shape; the values are made up for the test, no public PDRC table was used].
 */
const HEADER: CellValue[] = [
  "Código",
  "Objetivo / Acción Estratégica Regional",
  "Indicador",
  "Unidad de Medida",
  "Línea Base",
  "2025",
  "2026",
];

const grid = (rows: CellValue[][]): CellValue[][] => [
  ["Plan de Desarrollo Regional Concertado al 2033"],
  HEADER,
  ...rows,
];

const PDRC: CellValue[][] = [
  ["OER.01", "Mejorar la calidad de vida de la población", null, null, null, null, null],
  ["AER.01.01", "Servicios de salud con calidad", null, null, null, null, null],
  [null, null, "Tasa de anemia en niños de 6 a 35 meses", "%", 40, 35, 30],
  ["AER.01.02", "Agua segura en las zonas rurales", null, null, null, null, null],
  [null, null, "Hogares rurales con agua clorada", "%", 20, 30, 40],
  ["OER.02", "Reducir la informalidad", null, null, null, null, null],
  ["AER.02.01", "Formalización de las MYPE", null, null, null, null, null],
];

describe("PDRC / PDLC tables (OER / AER / indicators)", () => {
  it("reads OER and AER codes", () => {
    expect(parseCode("OER. 3")).toEqual({ kind: "OER", code: "OER.03", parent: null });
    expect(parseCode("AER 01.02 Agua segura")).toMatchObject({
      code: "AER.01.02",
      parent: "OER.01",
    });
  });

  it("are their own kind, and the PEI table rules read them: an AER without indicators", () => {
    const [m] = checkSheet(sheetOf(grid(PDRC)), DEFAULT_CHECK_OPTIONS).matrices;
    expect(m?.kind).toBe("plan-concertado");
    expect(m?.findings.map((f) => `${f.rule}@${f.cell}: ${f.message}`)).toEqual([
      "V2.aei-sin-indicador@A9: La AEI AER.02.01 no tiene indicadores.",
    ]);
  });

  it("check the hierarchy and duplicates with OER / AER codes", () => {
    const rows: CellValue[][] = [
      ...PDRC.slice(0, 3),
      ["AER.02.05", "Acción bajo el objetivo equivocado", null, null, null, null, null],
      [null, null, "Un indicador", "%", 1, 2, 3],
      ["AER.01.01", "Servicios de salud con calidad", null, null, null, null, null],
      [null, null, "Otro indicador", "%", 1, 2, 3],
    ];
    const [m] = checkSheet(sheetOf(grid(rows)), DEFAULT_CHECK_OPTIONS).matrices;
    expect(m?.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "V1.jerarquia@A6",
      "V12.duplicado@A8",
    ]);
  });

  it("leave a PEI matrix to the PEI kind", () => {
    const pei = grid([
      ["OEI.01", "Objetivo", null, null, null, null, null],
      ["AEI.01.01", "Acción", null, null, null, null, null],
      [null, null, "Indicador", "%", 1, 2, 3],
    ]);
    const [m] = checkSheet(sheetOf(pei), DEFAULT_CHECK_OPTIONS).matrices;
    expect(m?.kind).toBe("pei-matriz");
  });
});
