import { describe, expect, it } from "vitest";
import { acumular } from "../../src/core/calc/acumular";
import { ejecucion } from "../../src/core/calc/ejecucion";
import { PLAN_RUNNERS } from "../../src/core/planFunctions/registry";
import { isPlanError } from "../../src/core/errors";

const { ACUMULAR, EJECUCION } = PLAN_RUNNERS;

const blank = null;

describe("ACUMULAR", () => {
  it("sums Acumulado anual, keeps the last level for No acumulado, ignores blanks", () => {
    const months = [1, blank, 3, blank, 2];
    expect(acumular(months, "suma")).toBe(6);
    expect(acumular(months, "ultimo")).toBe(2);
    expect(acumular(months, "maximo")).toBe(3);
    expect(acumular(months, "promedio")).toBe(2);
    expect(acumular([blank, blank], "suma")).toBe("");
  });

  it("reads labels as the Aplicativo writes them, one result per row", () => {
    expect(
      ACUMULAR(
        [
          [100, 100, 100],
          [1, 2, 3],
        ],
        [["No Acumulado"], ["Acumulado Anual"]]
      )
    ).toEqual([[100], [6]]);
    expect(ACUMULAR([[1], [2], [3]], null)).toEqual([[6]]);
    expect(isPlanError(ACUMULAR([[1, 2]], [["total"]])[0]?.[0])).toBe(true);
  });
});

describe("EJECUCION (ceplan.md §3.3)", () => {
  // INMP AO AOI00012700428: F(RE) = Mar, Aug, Dec (1 each); F(SE) Jan–May = 1, 0, 1, 0, 0.
  const re = [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1];
  const se = [1, 0, 1, 0, 0, blank, blank, blank, blank, blank, blank, blank];

  it("AOI00012700428 up to May: 200 % raw, 100 capped; against the year 2/3 = 66.67", () => {
    expect(ejecucion(re, se, "suma", null, false)).toBe(200);
    expect(ejecucion(re, se, "suma", null, true)).toBe(100);
    expect(ejecucion(re, se, "suma", 12, false)).toBe(66.67);
  });

  it("default period is the last month with an executed value", () => {
    expect(ejecucion([2, 2, 2, 2], [2, 1, blank, blank], "suma", null, false)).toBe(75);
  });

  it("a closed period counts blank executed months as 0", () => {
    expect(ejecucion([2, 2, 2, 2], [2, 1, blank, blank], "suma", 4, false)).toBe(37.5);
  });

  it("no acumulado compares the last month's levels", () => {
    expect(ejecucion([90, 90, 90], [80, 85, 81], "ultimo", null, false)).toBe(90);
  });

  it("nothing programmed nor executed → sin dato; executed without programming → #N/A", () => {
    expect(ejecucion([0, 0], [0, 0], "suma", null, false)).toBe("");
    expect(ejecucion([0, 0], [blank, blank], "suma", null, false)).toBe("");
    const r = ejecucion([0, 0], [1, 0], "suma", null, false);
    expect(isPlanError(r) && r.code).toBe("NO_DISPONIBLE");
    expect(isPlanError(r) && r.message).toContain("sin programación");
  });

  it("rejects a month outside the series", () => {
    expect(isPlanError(ejecucion([1, 1], [1, 1], "suma", 13, false))).toBe(true);
  });

  it("works row by row over a block and takes text numbers", () => {
    const prog = [re, [10, 10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0]];
    const exec = [
      se,
      ["12", "8,5", "10", blank, blank, blank, blank, blank, blank, blank, blank, blank],
    ];
    expect(EJECUCION(prog, exec, null, null, null)).toEqual([[200], [101.67]]);
    expect(EJECUCION(prog, exec, null, [[6]], [["VERDADERO"]])).toEqual([[100], [50.83]]);
  });

  it("programado and ejecutado of different shapes are a call error", () => {
    expect(() => EJECUCION([[1, 2, 3]], [[1, 2]], null, null, null)).toThrow(/misma forma/);
  });
});
