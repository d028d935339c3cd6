import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { readXlsxPackage } from "../../src/xlsx/ooxml/readWorkbookXml";
import { DEFAULT_LIMITS } from "../../src/xlsx/ooxml/readGuard";
import { minimalXlsx } from "../check/support/hostileFiles";

/** Adds a styles part (xf 1 shows a date, xf 2 a custom date format) to a minimal package. */
async function withStyles(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    )
  );
  zip.file(
    "xl/styles.xml",
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;S/&quot; #,##0.00"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>'
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("the streaming .xlsx reader", () => {
  it("reads every kind of cell value the way the file stores it", async () => {
    const sheet =
      "<sheetData>" +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>en </t></r><r><t>línea</t></r></is></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>45658</v></c><c r="B2" s="2"><v>45659</v></c><c r="C2" s="3"><v>12.5</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c></row>' +
      '<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">B3*2</f><v>4</v></c><c r="B3"><v>2</v></c><c r="C3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>' +
      '<row r="4"><c r="A4"><f t="shared" si="0"/><v>0</v></c></row>' +
      "<row><c><v>7</v></c><c><v>8</v></c></row>" +
      '</sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>';
    const sst =
      "<si><t>Código</t></si><si><r><t>Ri</t></r><r><t>co</t></r><rPh><t>ふりがな</t></rPh></si>";
    const read = await readXlsxPackage(await withStyles(await minimalXlsx(sheet, sst)));
    const [s] = read.sheets;
    expect(s?.rows[0]).toEqual(["Código", "Rico", "en línea"]);
    expect(s?.rows[1]?.[0]).toEqual(new Date("2025-01-01T00:00:00.000Z"));
    expect(s?.rows[1]?.[1]).toEqual(new Date("2025-01-02T00:00:00.000Z"));
    expect(s?.rows[1]?.slice(2)).toEqual([12.5, true, { error: "#DIV/0!" }]);
    expect(s?.rows[2]).toEqual([4, 2, "xy"]);
    expect(s?.rows[3]).toEqual([0]); // a cached 0 is a value, not "no result"
    expect(s?.rows[4]).toEqual([7, 8]); // rows and cells without r follow their neighbours
    expect(s?.formulas?.get("A3")).toBe("=B3*2");
    expect(s?.formulas?.get("A4")).toBe("=B3*2");
    expect(s?.formulas?.get("C3")).toBe('="x"&"y"');
    expect(s?.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
  });

  it("stops at its cell bound with a Spanish reason", async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`
    );
    const buffer = await minimalXlsx(`<sheetData>${rows.join("")}</sheetData>`);
    await expect(readXlsxPackage(buffer, { ...DEFAULT_LIMITS, maxCells: 10 })).rejects.toThrow(
      /tiene más de 10 celdas con datos; divídalo en libros más pequeños/
    );
  });
});
