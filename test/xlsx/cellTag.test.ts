import { describe, expect, it } from "vitest";
import { cellRef, readCellTag, type CellTag } from "../../src/xlsx/ooxml/cellTag";
import { attrValue } from "../../src/xlsx/ooxml/xmlScanner";

/** What the reader took from a cell tag before the one-pass parser: three attrValue lookups. */
function byLookups(attrs: string): CellTag {
  const ref = attrValue(attrs, "r");
  const style = attrValue(attrs, "s");
  return {
    at: ref ? cellRef(ref) : -1,
    style: style === undefined ? 0 : Number(style),
    type: attrValue(attrs, "t") ?? "n",
  };
}

function onePass(attrs: string): CellTag {
  const out: CellTag = { at: 99, style: 99, type: "x" };
  readCellTag(attrs, out);
  return out;
}

describe("a worksheet cell tag read in one pass", () => {
  it.each([
    ' r="B7"',
    ' r="XFD1048576" s="12" t="s"',
    " t='inlineStr' s = '3' r = 'c2'",
    ' r="A1" r="B2" s="1" s="2"',
    ' s="" r=""',
    ' s="07" t="str"',
    ' s="abc" r="A0"',
    ' s="12345678901" r="AAAA1"',
    ' r="A&#49;" t="&#115;" s="&#50;"',
    ' xr:uid="x" x:r="C3" r="D4"',
    ' r="A1" s="2" t="n" other=unquoted',
    "",
    "   ",
  ])("reads %j as three lookups would", (attrs) => {
    expect(onePass(attrs)).toEqual(byLookups(attrs));
  });

  it("refuses the same malformed attributes the lookups refuse", () => {
    for (const attrs of [' s=3 r="A1"', ' r="A1', ' r="A1" t="s" s="2', ' q=x r="A1"']) {
      expect(() => byLookups(attrs), attrs).toThrow();
      expect(() => onePass(attrs), attrs).toThrow();
    }
  });
});
