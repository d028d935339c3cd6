import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { APPLY_DEFAULTS } from "../support/planOptions";
import { craftedWorkbook, indicatorRows, PEI_ROWS } from "./support/craftedWorkbook";
import { partsOf } from "./support/parts";
import { addDxfs, removeDxfs } from "../../src/xlsx/ooxml/stylesDxf";
import { insertDefinedNames, removeDefinedNames } from "../../src/xlsx/definedNames";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-opaque-"));
});

const SHEET = "xl/worksheets/sheet1.xml";
/** Markup whose text looks like rows and cells but holds no elements. */
const COMMENT = '<!-- <row r="99"><c r="E99"><v>1</v></c></row> </sheetData> -->';
const CDATA_PI = '<?semaforo <row r="98"/> ?>';

describe("edits skip comments, CDATA sections and processing instructions", () => {
  it("writes every formula into real rows, never into a commented-out row", async () => {
    const rows = `${PEI_ROWS}${COMMENT}${indicatorRows(3, 4)}${CDATA_PI}${indicatorRows(7, 4)}`;
    const input = join(dir, "comentario.xlsx");
    writeFileSync(input, await craftedWorkbook(`<sheetData>${rows}</sheetData>`));
    const output = join(dir, "comentario-salida.xlsx");
    const plan = await applyToXlsx(input, output, APPLY_DEFAULTS);
    const planned = plan.cells.filter((c) => c.sheet === "Hoja1" && c.formula);
    expect(planned.length).toBe(9);
    const sheet = (await openWorkbook(output)).sheets.find((s) => s.name === "Hoja1")!;
    expect([...(sheet.formulas?.keys() ?? [])].sort()).toEqual(
      planned.map((c) => c.address).sort()
    );
    const xml = (await partsOf(output)).get(SHEET)!.toString();
    expect(xml).toContain(COMMENT);
    expect(xml).toContain(CDATA_PI);
    expect(XMLValidator.validate(xml)).toBe(true);
    // quitar gives back the very part.
    const back = join(dir, "comentario-quitado.xlsx");
    await removeFromXlsx(output, back);
    expect((await partsOf(back)).get(SHEET)!.equals((await partsOf(input)).get(SHEET)!)).toBe(true);
  });

  it("finds the cells of a row that holds a comment with a closing tag", async () => {
    const row = `<row r="3"><c r="A3" t="inlineStr"><is><t>IND.02.AEI.03.01</t></is></c><!-- </row> <c r="E3"/> --><c r="C3"><v>50</v></c><c r="D3"><v>25</v></c></row>`;
    const input = join(dir, "fila.xlsx");
    writeFileSync(input, await craftedWorkbook(`<sheetData>${PEI_ROWS}${row}</sheetData>`));
    const output = join(dir, "fila-salida.xlsx");
    await applyToXlsx(input, output, APPLY_DEFAULTS);
    const xml = (await partsOf(output)).get(SHEET)!.toString();
    expect(XMLValidator.validate(xml)).toBe(true);
    const sheet = (await openWorkbook(output)).sheets.find((s) => s.name === "Hoja1")!;
    expect(sheet.formulas?.has("E3")).toBe(true);
  });
});

describe("styles and defined names ignore what comments hold", () => {
  const RED = { fill: "#FF0000", font: "#FFFFFF" };

  it("numbers new differential styles after the real ones, not the commented ones", () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<dxfs count="1"><dxf><font><b/></font></dxf><!-- <dxf/><dxf/> --></dxfs></styleSheet>';
    const added = addDxfs(styles, [RED]);
    expect(added.idOf(RED.fill, RED.font)).toBe(1);
    expect(XMLValidator.validate(added.xml)).toBe(true);
    expect(removeDxfs(added.xml, new Set([1]), new Set(), added.origin)).toBe(styles);
  });

  it("a commented-out name is neither a conflict nor replaced, and new names go in the real block", () => {
    const commented = '<!-- <definedName name="AVANCE">1</definedName></definedNames> -->';
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheets/><definedNames>${commented}<definedName name="Otro">2</definedName></definedNames></workbook>`;
    const def = { name: "AVANCE", text: "_xlfn.LAMBDA(1)", comment: "x" };
    const result = insertDefinedNames(workbook, [def], ["AVANCE"]);
    expect(result.conflicts).toEqual([]);
    expect(result.added).toEqual(["AVANCE"]);
    expect(result.xml).toContain(commented);
    expect(XMLValidator.validate(result.xml)).toBe(true);
    expect(removeDefinedNames(result.xml, [def]).xml).toBe(workbook);
  });
});

describe("new parts are listed inside the root, not in a trailing comment", () => {
  it("adds the settings sheet's relationship and content type before the real closing tag", async () => {
    const input = join(dir, "cola.xlsx");
    const trailing = "<!-- </Relationships> </Types> -->";
    writeFileSync(
      input,
      await craftedWorkbook(`<sheetData>${PEI_ROWS}</sheetData>`, async (zip) => {
        for (const path of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) {
          zip.file(path, (await zip.file(path)!.async("string")) + trailing);
        }
      })
    );
    const output = join(dir, "cola-salida.xlsx");
    await applyToXlsx(input, output, APPLY_DEFAULTS);
    const parts = await partsOf(output);
    for (const path of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) {
      const xml = parts.get(path)!.toString();
      expect(xml.endsWith(trailing), path).toBe(true);
      expect(XMLValidator.validate(xml), path).toBe(true);
    }
    expect((await openWorkbook(output)).sheets.map((s) => s.name)).toContain("Semaforo_Ajustes");
  });
});
