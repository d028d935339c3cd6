import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { avanceFinanciero, avanceTipo1, avanceTipo2 } from "../../src/core/calc/avance";
import { PLAN_RUNNERS } from "../../src/core/planFunctions/registry";
import { isPlanError } from "../../src/core/errors";
import type { Sentido } from "../../src/core/calc/sentido";

const { AVANCE_TIPO1, AVANCE_TIPO2 } = PLAN_RUNNERS;

const one = (grid: unknown[][]) => grid[0]?.[0];

describe("Avance Tipo I: worked examples of ceplan.md §9", () => {
  it.each([
    [42.72, 46.36, 92.15],
    [88.7, 90.01, 98.54],
    [28.57, 14.29, 100],
    [0, 0, 0],
    [21, 240, 8.75],
    [17.05, 26.6, 64.1],
    [131275, 110814, 100],
  ])("ascending VO %d / LE %d → %d", (vo, le, expected) => {
    expect(avanceTipo1(vo, le, "ascendente", true)).toBe(expected);
  });

  it("text numbers in the Aplicativo's locale: LE «3,047.00», VO «1,295.60» → 42.52", () => {
    expect(one(AVANCE_TIPO1([["1,295.60"]], [["3,047.00"]], null, null))).toBe(42.52);
  });

  it("seed 000 uncapped shows the real value (raw 118.46)", () => {
    expect(avanceTipo1(131275, 110814, "ascendente", false)).toBe(118.46);
  });

  it("neutral máximo permisible: LE 855, VO 760 → 100", () => {
    expect(avanceTipo1(760, 855, "maximo_permisible", true)).toBe(100);
    expect(one(AVANCE_TIPO1([[760]], [[855]], [["No Definido"]], null))).toBe(100);
    expect(one(AVANCE_TIPO1([[760]], [[855]], [["máximo PERMISIBLE"]], null))).toBe(100);
  });

  it("máximo permisible above the limit and mínimo permisible below it use the ratio", () => {
    expect(avanceTipo1(950, 855, "maximo_permisible", true)).toBe(90);
    expect(avanceTipo1(80, 100, "minimo_permisible", true)).toBe(80);
    expect(avanceTipo1(120, 100, "minimo_permisible", true)).toBe(100);
  });

  it("descending: VO 0 → 100, otherwise LE / VO", () => {
    expect(avanceTipo1(0, 5, "descendente", true)).toBe(100);
    expect(avanceTipo1(10, 5, "descendente", true)).toBe(50);
    expect(avanceTipo1(4, 5, "descendente", false)).toBe(125);
    expect(one(AVANCE_TIPO1([[10]], [[5]], [["desc"]], null))).toBe(50);
  });

  it("blank VO or LE is sin dato (empty), not zero", () => {
    expect(avanceTipo1(null, 10, "ascendente", true)).toBe("");
    expect(avanceTipo1(5, null, "ascendente", true)).toBe("");
    expect(one(AVANCE_TIPO1([[""]], [[10]], null, null))).toBe("");
  });

  it("tope accepts VERDADERO/FALSO and TRUE/FALSE", () => {
    expect(one(AVANCE_TIPO1([[35]], [[9]], null, [["FALSO"]]))).toBe(388.89);
    expect(one(AVANCE_TIPO1([[35]], [[9]], null, [[false]]))).toBe(388.89);
    expect(one(AVANCE_TIPO1([[35]], [[9]], null, [["VERDADERO"]]))).toBe(100);
    expect(one(AVANCE_TIPO1([[35]], [[9]], null, [[true]]))).toBe(100);
  });

  it("an unknown sentido or a non-number is #VALUE! naming the value", () => {
    const bad = one(AVANCE_TIPO1([[1]], [[2]], [["arriba"]], null));
    expect(isPlanError(bad) && bad.message).toContain("«arriba»");
    const text = one(AVANCE_TIPO1([["n.d."]], [[2]], null, null));
    expect(isPlanError(text) && text.code).toBe("VALOR");
    expect(isPlanError(text) && text.message).toContain("«n.d.»");
  });
});

describe("Avance Tipo I: properties", () => {
  const value = fc.double({ min: 0, max: 1e6, noNaN: true });
  const sentidos: Sentido[] = [
    "ascendente",
    "descendente",
    "maximo_permisible",
    "minimo_permisible",
  ];

  it("0 ≤ result ≤ 100 when capped, for non-negative inputs and every sentido", () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom(...sentidos), (vo, le, s) => {
        const r = avanceTipo1(vo, le, s, true) as number;
        return r >= 0 && r <= 100;
      })
    );
  });

  it("uncapped ≥ capped", () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom(...sentidos), (vo, le, s) => {
        return (
          (avanceTipo1(vo, le, s, false) as number) >= (avanceTipo1(vo, le, s, true) as number)
        );
      })
    );
  });

  it("monotone in VO when ascending, anti-monotone when descending", () => {
    fc.assert(
      fc.property(value, value, fc.double({ min: 0.001, max: 1e6, noNaN: true }), (a, b, le) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const up = (vo: number) => avanceTipo1(vo, le, "ascendente", false) as number;
        const down = (vo: number) => avanceTipo1(vo, le, "descendente", false) as number;
        return up(lo) <= up(hi) && (lo === 0 || down(lo) >= down(hi));
      })
    );
  });
});

describe("Avance Tipo II (convention, [UNC])", () => {
  it("LB 1, LE 4, VO 3 → 66.67", () => {
    expect(avanceTipo2(3, 4, 1, true)).toBe(66.67);
  });

  it("LE = LB is #N/A no calculable", () => {
    const r = avanceTipo2(3, 4, 4, true);
    expect(isPlanError(r) && r.code).toBe("NO_DISPONIBLE");
    expect(isPlanError(r) && r.message).toContain("no calculable");
  });

  it("with tope it is floored at 0 (AEI.10.02: −12.31 raw) and capped at 100", () => {
    expect(avanceTipo2(21, 240, 45, false)).toBe(-12.31);
    expect(avanceTipo2(21, 240, 45, true)).toBe(0);
    expect(avanceTipo2(10, 4, 1, true)).toBe(100);
  });

  it("descending series give the same quotient as the descending formula", () => {
    // LB 10 → LE 4, VO 6: (LB − VO) / (LB − LE) = 4 / 6
    expect(one(AVANCE_TIPO2([[6]], [[4]], [[10]], [["Descendente"]], null))).toBe(66.67);
  });

  it("validates the sentido even though it does not change the number", () => {
    const r = one(AVANCE_TIPO2([[6]], [[4]], [[10]], [["lateral"]], null));
    expect(isPlanError(r)).toBe(true);
  });
});

describe("Avance financiero", () => {
  it("Devengado / PIM × 100; PIM 0 or blank → sin dato", () => {
    expect(avanceFinanciero(450, 1200)).toBe(37.5);
    expect(avanceFinanciero(450, 0)).toBe("");
    expect(avanceFinanciero(450, null)).toBe("");
    expect(avanceFinanciero(null, 100)).toBe("");
  });
});
