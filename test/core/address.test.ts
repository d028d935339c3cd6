import { describe, expect, it } from "vitest";
import { a1, parseA1 } from "../../src/core/sheet/address";
import { renderMessage } from "../../src/core/rules/context";

/** parseA1 as it was written first: one regular expression over the trimmed text. */
function byPattern(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of (match[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

describe("cell addresses", () => {
  it.each([
    "B7",
    "$B$7",
    "b7",
    "XFD1048576",
    "AAAA1",
    "A0",
    "A00012",
    "A12345678",
    " C3 ",
    "C 3",
    "$",
    "$$A1",
    "A$",
    "7",
    "",
    "A1:B2",
    "Á1",
    "@1",
    "[1",
    "`1",
    "{1",
  ])("parses %j as the pattern does", (address) => {
    expect(parseA1(address)).toEqual(byPattern(address));
  });

  it("reads back every address it spells", () => {
    for (const [row, col] of [
      [0, 0],
      [6, 1],
      [1048575, 16383],
      [99, 701],
      [99, 702],
    ] as const) {
      expect(parseA1(a1(row, col))).toEqual({ row, col });
    }
  });
});

describe("messages", () => {
  it("fill their keys, keep unknown ones, contract «de el» and «a el» and start with a capital", () => {
    expect(renderMessage("{who} no tiene {what} {x}.", { who: "el indicador", what: 3 })).toBe(
      "El indicador no tiene 3 {x}."
    );
    expect(renderMessage("falta de {a} y a {a}", { a: "el responsable" })).toBe(
      "Falta del responsable y al responsable"
    );
    expect(renderMessage("«{a}» sin dato", { a: "x" })).toBe("«x» sin dato");
    expect(renderMessage("{a}", { a: "ñandú" })).toBe("Ñandú");
    expect(renderMessage("{a}", { a: "" })).toBe("");
    expect(renderMessage("sin claves")).toBe("Sin claves");
  });
});
