import { beforeAll, describe, expect, it } from "vitest";
import { installCustomFunctionsStub, StubError } from "./customFunctionsStub";
import { loadGeneratedFunctions } from "./generatedSource";
import { FUNCTIONS } from "../../src/core/planFunctions/registry";

installCustomFunctionsStub();
// The wrappers the build generates from the specs, compiled and run as the bundle runs them.
const fns = loadGeneratedFunctions();

describe("custom function wrappers", () => {
  beforeAll(() => installCustomFunctionsStub());

  it("a range in returns the same shape out, computed in one call", () => {
    const vo = [[42.72], [88.7], [""], [21]];
    const le = [[46.36], [90.01], [10], [240]];
    expect(fns.AVANCE_TIPO1(vo, le)).toEqual([[92.15], [98.54], [""], [8.75]]);
    expect(fns.AVANCE_TIPO1([[1, 2, 3]], [[4]])).toEqual([[25, 50, 75]]);
  });

  it("omitted optional arguments arrive as null from Excel", () => {
    expect(fns.AVANCE_TIPO1([[35]], [[9]], null as never, null as never)).toEqual([[100]]);
    // A typed 0 is a reported month, so the period runs to month 2: 1 / 2.
    expect(fns.EJECUCION([[1, 1]], [[1, 0]], null as never, null as never, null as never)).toEqual([
      [50],
    ]);
    expect(fns.SEMAFORO([[48]], null as never)).toEqual([["Regular"]]);
  });

  it("per-cell domain errors become CustomFunctions.Error with a Spanish message", () => {
    const [[bad]] = fns.AVANCE_TIPO1([["doce"]], [[10]]) as unknown[][] as [[StubError]];
    expect(bad).toBeInstanceOf(StubError);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain("«doce»");
    const [[na]] = fns.AVANCE_TIPO2([[3]], [[4]], [[4]]) as unknown[][] as [[StubError]];
    expect(na.code).toBe("#N/A");
    expect(na.message).toContain("no calculable");
  });

  it("a malformed call throws a #VALUE! error naming the argument", () => {
    expect(() => fns.AVANCE_TIPO1([[1], [2]], [[1], [2], [3]])).toThrow(StubError);
    try {
      fns.AVANCE_TIPO1([[1], [2]], [[1], [2], [3]]);
    } catch (e) {
      expect((e as StubError).code).toBe("#VALUE!");
      expect((e as StubError).message).toContain("logro_esperado");
    }
  });

  it("every registered function is exported, in registry order, and computes", () => {
    expect(Object.keys(fns)).toEqual(FUNCTIONS.map((f) => f.name));
    expect(
      fns.PROMEDIO_AVANCE([
        [66.67, 0],
        [0, 0],
      ])
    ).toEqual([[16.67]]);
    expect(fns.AVANCE_FINANCIERO([[450]], [[1200]])).toEqual([[37.5]]);
    expect(fns.CONTAR_NIVEL([[10, 40, 60]], [["Bueno"]])).toEqual([[1]]);
    expect(fns.ACUMULAR([[1, 2, 3]], [["ultimo"]])).toEqual([[3]]);
    expect(fns.SENTIDO([[1]], [[2, 3]])).toEqual([["Ascendente"]]);
  });
});
