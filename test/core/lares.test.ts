import { describe, expect, it } from "vitest";
import { LARES } from "../fixtures/lares";
import { PLAN_RUNNERS } from "../../src/core/planFunctions/registry";

const { AVANCE_TIPO1, CONTAR_NIVEL, PROMEDIO_AVANCE, SENTIDO } = PLAN_RUNNERS;

/** The sentido the report states; rows the OCR lost are ascending, as the Aplicativo prints them. */
const statedSentido = (row: (typeof LARES.rows)[number]) =>
  row.sentido === "No Definido" ? "No definido" : "Ascendente";

describe("Lares PEI 2025-Sem1 (seed 003, Tabla 3): 30 AEI, one indicator each", () => {
  it("has the 30 AEI of the report", () => {
    expect(LARES.rows).toHaveLength(30);
  });

  it("reproduces every printed Avance Tipo I except AEI.06.01, in one array call", () => {
    const vo = LARES.rows.map((r) => [r.voText]);
    const le = LARES.rows.map((r) => [r.leText]);
    const sentido = LARES.rows.map((r) => [statedSentido(r)]);
    const result = AVANCE_TIPO1(vo, le, sentido, null).map((row) => row[0]);
    const mismatches = LARES.rows.filter((r, i) => result[i] !== r.printed).map((r) => r.code);
    // AEI.06.01 (LE 100, VO 58, printed 100) is unexplained in ceplan.md §2.8 [UNC]: its
    // Aplicativo row is missing, so its sentido is unknown; ascending gives 58.
    expect(mismatches).toEqual(["AEI.06.01"]);
    expect(result[LARES.rows.findIndex((r) => r.code === "AEI.06.01")]).toBe(58);
  });

  it("AEI.01.02 under its stated sentido No definido / Máximo permisible gives 100", () => {
    const row = LARES.rows.find((r) => r.code === "AEI.01.02");
    expect(row?.sentido).toBe("No Definido");
    expect(row?.tipoAgregacion).toBe("Máximo permisible");
    expect(AVANCE_TIPO1([[row?.vo]], [[row?.le]], [[row?.sentido]], null)).toEqual([[100]]);
    expect(AVANCE_TIPO1([[row?.vo]], [[row?.le]], null, null)).toEqual([[88.89]]);
  });

  it("the institution's avance promedio de AEI is the simple mean 59.48 (sum 1784.53)", () => {
    const printed = LARES.rows.map((r) => [r.printed]);
    expect(printed.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(1784.53, 6);
    expect(PROMEDIO_AVANCE(printed)).toEqual([[LARES.printedAverage]]);
    expect(LARES.printedAverage).toBe(59.48);
  });

  it("semester bins 30/50 give 10 / 2 / 18 and annual bins 75/95 give 14 / 3 / 13", () => {
    const printed = LARES.rows.map((r) => [r.printed]);
    const count = (nivel: string, escala: string) =>
      CONTAR_NIVEL(printed, [[nivel]], [[escala]])[0]?.[0];
    expect(["Malo", "Regular", "Bueno"].map((n) => count(n, "CEPLAN_SEMESTRAL"))).toEqual([
      10, 2, 18,
    ]);
    expect(["Malo", "Regular", "Bueno"].map((n) => count(n, "CEPLAN_ANUAL"))).toEqual([14, 3, 13]);
  });

  it("the report's per-OEI semester table (OEI.08: 2 Malo, 2 Regular, 2 Bueno)", () => {
    const oei08 = LARES.rows.filter((r) => r.oei === "OEI.08").map((r) => [r.printed]);
    const levels = ["Malo", "Regular", "Bueno"].map(
      (n) => CONTAR_NIVEL(oei08, [[n]], [["CEPLAN_SEMESTRAL"]])[0]?.[0]
    );
    expect(levels).toEqual([2, 2, 2]);
  });

  it("SENTIDO infers what the Aplicativo states on the legible rows", () => {
    const byCode = (code: string) => LARES.rows.find((r) => r.code === code);
    for (const code of ["AEI.01.02", "AEI.02.01", "AEI.03.04", "AEI.02.04"]) {
      const row = byCode(code);
      const inferred = SENTIDO([[row?.lineaBase]], [row?.logros ?? []])[0]?.[0];
      expect(inferred, code).toBe(row?.sentido === "No Definido" ? "No definido" : row?.sentido);
    }
    // AEI.10.02's OCR series …320, 140, 360 (340 likely, ceplan.md §7) reads as Mixto.
    const glitch = byCode("AEI.10.02");
    expect(SENTIDO([[glitch?.lineaBase]], [glitch?.logros ?? []])).toEqual([["Mixto"]]);
  });
});
