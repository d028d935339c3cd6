import { describe, expect, it } from "vitest";
import {
  parseAnyNumberText,
  parseNumberText,
  readNumber,
} from "../../src/core/numbers/parseNumber";
import { isPlanError } from "../../src/core/errors";
import { roundHalfUp } from "../../src/core/numbers/round";

describe("parseNumberText: numbers typed as text, in both locales", () => {
  it.each([
    ["3,047.00", 3047],
    ["1,295.60", 1295.6],
    ["1.295,60", 1295.6],
    ["88.7 %", 88.7],
    ["59,48%", 59.48],
    ["S/ 1 200", 1200],
    ["S/ 3 047,00", 3047],
    ["S/. 17,009,620.80", 17009620.8],
    ["72.000.000", 72000000],
    ["110,814", 110814],
    ["5,5", 5.5],
    ["0,500", 0.5],
    ["2.8% ¹", 2.8],
    ["'000127", 127],
    ["-12.31", -12.31],
    ["1\u00a0200,5", 1200.5],
    ["88.70", 88.7],
    ["42", 42],
  ])("%s → %d", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(["", "   ", "\u00a0"])("blank %j is sin dato (null), not zero", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it.each(["abc", "12abc", "1,2,3", "1.2.3,4.5", "--5", "%", "S/"])(
    "%s is not a number",
    (text) => {
      expect(parseNumberText(text)).toBe("invalid");
    }
  );

  it("readNumber names the value in a Spanish message", () => {
    const result = readNumber("doce", "valor_obtenido");
    expect(isPlanError(result)).toBe(true);
    expect(isPlanError(result) && result.message).toContain("«doce»");
    expect(isPlanError(result) && result.code).toBe("VALOR");
  });

  it("readNumber passes numbers and treats null/undefined as sin dato", () => {
    expect(readNumber(12.5, "x")).toBe(12.5);
    expect(readNumber(null, "x")).toBeNull();
    expect(readNumber(undefined, "x")).toBeNull();
    expect(isPlanError(readNumber(true, "x"))).toBe(true);
    expect(isPlanError(readNumber(Number.NaN, "x"))).toBe(true);
  });
});

describe("parseNumberText: the plain-digits fast path", () => {
  it("reads every short string of digits and separators as the general reader does", () => {
    // Every string of up to 7 characters over an alphabet that reaches each branch of the fast
    // path (leading zeros, one or two separators, separators at either end, a sign it refuses).
    const alphabet = ["0", "1", "5", ",", ".", "-"];
    let compared = 0;
    const differ: string[] = [];
    const walk = (text: string) => {
      if (text.length > 0) {
        if (!Object.is(parseNumberText(text), parseAnyNumberText(text))) differ.push(text);
        compared++;
      }
      if (text.length < 7) for (const ch of alphabet) walk(text + ch);
    };
    walk("");
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(300_000);
  });

  it.each([
    ["523,45", 523.45],
    ["1,295", 1295],
    ["0,500", 0.5],
    ["1234,567", "invalid"],
    ["12.5", 12.5],
    ["007", 7],
  ] as const)("%s", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe("roundHalfUp", () => {
  it.each([
    [92.1484, 92.15],
    [50.4695, 50.47],
    [64.0977, 64.1],
    [1.005, 1.01],
    [-1.005, -1.01],
    [2.675, 2.68],
    [0.125, 0.13],
    [98.545, 98.55],
  ])("%d → %d (half away from zero, as Excel)", (value, expected) => {
    expect(roundHalfUp(value, 2)).toBe(expected);
  });

  it("rounds to whole numbers when asked", () => {
    expect(roundHalfUp(79.5, 0)).toBe(80);
    expect(roundHalfUp(90.49, 0)).toBe(90);
  });
});
