import { describe, expect, it } from "vitest";
import { inferSentido, readSentido } from "../../src/core/calc/sentido";
import { PLAN_RUNNERS } from "../../src/core/planFunctions/registry";
import { isPlanError } from "../../src/core/errors";

const { SENTIDO } = PLAN_RUNNERS;

describe("sentido", () => {
  it("infers from the whole series, LB included (ceplan.md §2.2)", () => {
    expect(inferSentido([855, 855, 855])).toBe("No definido");
    expect(inferSentido([88.7, 90.01, 90.01, 91.32])).toBe("Ascendente");
    expect(inferSentido([25, 25, 50, 75])).toBe("Ascendente");
    expect(inferSentido([10, 8, 8, 5])).toBe("Descendente");
    expect(inferSentido([1, 3, 2])).toBe("Mixto");
    expect(inferSentido([5])).toBeNull();
  });

  it("SENTIDO skips blanks and returns one value per row of logros", () => {
    expect(
      SENTIDO(
        [[1], [10]],
        [
          [2, "", 3],
          [9, 8, null],
        ]
      )
    ).toEqual([["Ascendente"], ["Descendente"]]);
    expect(SENTIDO([[""]], [["", ""]])).toEqual([[""]]);
  });

  it("reads labels case- and accent-insensitively, with short forms", () => {
    expect(readSentido("ASC")).toBe("ascendente");
    expect(readSentido("Decreciente")).toBe("descendente");
    expect(readSentido("no DEFINIDO")).toBe("maximo_permisible");
    expect(readSentido("Mínimo permisible")).toBe("minimo_permisible");
    expect(readSentido(null)).toBe("ascendente");
    expect(isPlanError(readSentido("Mixto"))).toBe(true);
  });
});
