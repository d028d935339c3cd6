import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { WorkbookFunction } from "../../src/core/planFunctions/workbookFunctions";
import {
  workbookFunctions,
  DEFINITION_MAX_LENGTH,
  NUMBER_HELPER_FUNCTION,
} from "../../src/core/planFunctions/workbookFunctions";
import {
  definedNameXml,
  insertDefinedNames,
  removeDefinedNames,
  toFileDefinition,
  type FileDefinedName,
} from "../../src/xlsx/definedNames";

/** A small workbook function, so the golden text below is readable in full. */
const DOUBLE: WorkbookFunction = {
  name: "AVANCE_FINANCIERO",
  params: [
    { name: "valor", optional: false },
    { name: "veces", optional: true },
  ],
  locals: ["n_veces"],
  arrays: [],
  body: 'LET(n_veces,IF(ISOMITTED(veces),2,veces),IF(valor="valor",NUMBERVALUE(valor),valor*n_veces))',
  formula:
    '=LAMBDA(valor,[veces],LET(n_veces,IF(ISOMITTED(veces),2,veces),IF(valor="valor",NUMBERVALUE(valor),valor*n_veces)))',
  comment: 'Duplica "x" & <y>',
};

const WORKBOOK = (names: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">' +
  '<workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name="POI" sheetId="1" r:id="rId1"/></sheets>' +
  names +
  '<calcPr calcId="191029"/></workbook>';

describe("toFileDefinition (the form Excel stores)", () => {
  it("prefixes LAMBDA, LET and ISOMITTED with _xlfn., names with _xlpm., optional ones _xlop.", () => {
    expect(toFileDefinition(DOUBLE)).toEqual({
      name: "AVANCE_FINANCIERO",
      text:
        "_xlfn.LAMBDA(_xlpm.valor,_xlop.veces,_xlfn.LET(_xlpm.n_veces," +
        "IF(_xlfn.ISOMITTED(_xlpm.veces),2,_xlpm.veces)," +
        'IF(_xlpm.valor="valor",_xlfn.NUMBERVALUE(_xlpm.valor),_xlpm.valor*_xlpm.n_veces)))',
      comment: 'Duplica "x" & <y>',
    });
  });

  it("leaves no bare parameter, LET name or bracket in any real definition", () => {
    for (const fn of [NUMBER_HELPER_FUNCTION, ...workbookFunctions()]) {
      const { text } = toFileDefinition(fn);
      expect(text.startsWith("_xlfn.LAMBDA(")).toBe(true);
      // Excel refused a workbook at 8,192 and accepted 7,992: every stored definition stays ≤ 7,000.
      expect(text.length, fn.name).toBeLessThanOrEqual(DEFINITION_MAX_LENGTH);
      expect(text).not.toMatch(/\[|(?<!_xlfn\.)\bLET\(|(?<!_xlfn\.)ISOMITTED\(/);
      const code = text.split(/"(?:[^"]|"")*"/).join("");
      for (const name of [...fn.params.map((p) => p.name), ...fn.locals]) {
        const bare = new RegExp(`(?<![A-Za-z0-9_.])${name}(?![A-Za-z0-9_(])`);
        expect(bare.test(code), `${fn.name}: ${name}`).toBe(false);
      }
      for (const p of fn.params) {
        expect(text).toContain(`${p.optional ? "_xlop" : "_xlpm"}.${p.name},`);
      }
    }
  });
});

describe("definedNames in workbook.xml", () => {
  const def = toFileDefinition(DOUBLE);
  const golden =
    '<definedName name="AVANCE_FINANCIERO" comment="Duplica &quot;x&quot; &amp; &lt;y&gt;">' +
    "_xlfn.LAMBDA(_xlpm.valor,_xlop.veces,_xlfn.LET(_xlpm.n_veces," +
    "IF(_xlfn.ISOMITTED(_xlpm.veces),2,_xlpm.veces)," +
    'IF(_xlpm.valor="valor",_xlfn.NUMBERVALUE(_xlpm.valor),_xlpm.valor*_xlpm.n_veces)))' +
    "</definedName>";

  it("writes one element, escaped for XML", () => {
    expect(definedNameXml(def)).toBe(golden);
    expect(definedNameXml({ name: "A", text: 'IF(1<2,"a&b",3>2)', comment: "" })).toBe(
      '<definedName name="A" comment="">IF(1&lt;2,"a&amp;b",3&gt;2)</definedName>'
    );
  });

  it("adds a block before calcPr when the workbook has none, and nothing else changes", () => {
    const before = WORKBOOK("");
    const { xml, added } = insertDefinedNames(before, [def]);
    expect(added).toEqual(["AVANCE_FINANCIERO"]);
    expect(xml).toBe(WORKBOOK(`<definedNames>${definedNameXml(def)}</definedNames>`));
  });

  it("appends to the planner's names without touching them, and applying twice changes nothing", () => {
    const theirs =
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">POI!$A$1:$Z$90</definedName>' +
      '<definedName name="Meta" comment="mía">POI!$B$2</definedName></definedNames>';
    const once = insertDefinedNames(WORKBOOK(theirs), [def]);
    expect(once.xml).toBe(
      WORKBOOK(theirs.replace("</definedNames>", `${definedNameXml(def)}</definedNames>`))
    );
    const twice = insertDefinedNames(once.xml, [def]);
    expect(twice.xml).toBe(once.xml);
    expect(twice).toMatchObject({ added: [], unchanged: ["AVANCE_FINANCIERO"], conflicts: [] });
  });

  it("never overwrites a name defined otherwise unless the planner chose to replace it", () => {
    const other: FileDefinedName = { name: "avance_financiero", text: "POI!$C$3", comment: "" };
    const theirs = `<definedNames>${definedNameXml(other)}</definedNames>`;
    const kept = insertDefinedNames(WORKBOOK(theirs), [def]);
    expect(kept.xml).toBe(WORKBOOK(theirs));
    expect(kept.conflicts).toEqual([{ name: "AVANCE_FINANCIERO", existing: "POI!$C$3" }]);
    const chosen = insertDefinedNames(WORKBOOK(theirs), [def], ["AVANCE_FINANCIERO"]);
    expect(chosen.replaced).toEqual(["AVANCE_FINANCIERO"]);
    expect(chosen.xml).toBe(WORKBOOK(`<definedNames>${definedNameXml(def)}</definedNames>`));
  });

  it("treats a sheet-scoped name of the same spelling as a conflict", () => {
    const local = `<definedNames><definedName name="AVANCE_FINANCIERO" localSheetId="0">1</definedName></definedNames>`;
    const result = insertDefinedNames(WORKBOOK(local), [def]);
    expect(result.conflicts.map((c) => c.name)).toEqual(["AVANCE_FINANCIERO"]);
    expect(result.xml).toBe(WORKBOOK(local));
  });

  it("fills an empty block and keeps a namespace prefix", () => {
    expect(insertDefinedNames(WORKBOOK("<definedNames/>"), [def]).xml).toBe(
      WORKBOOK(`<definedNames>${definedNameXml(def)}</definedNames>`)
    );
    const prefixed = '<x:workbook xmlns:x="main"><x:sheets/><x:calcPr/></x:workbook>';
    expect(insertDefinedNames(prefixed, [def]).xml).toBe(
      `<x:workbook xmlns:x="main"><x:sheets/><x:definedNames>${definedNameXml(def, "x:")}</x:definedNames><x:calcPr/></x:workbook>`
    );
  });

  it("removes only the names it defined, as it defined them", () => {
    const mine = insertDefinedNames(
      WORKBOOK('<definedNames><definedName name="Meta">POI!$B$2</definedName></definedNames>'),
      [def]
    ).xml;
    const removed = removeDefinedNames(mine, [def]);
    expect(removed.removed).toEqual(["AVANCE_FINANCIERO"]);
    expect(removed.xml).toBe(
      WORKBOOK('<definedNames><definedName name="Meta">POI!$B$2</definedName></definedNames>')
    );
    const alone = removeDefinedNames(insertDefinedNames(WORKBOOK(""), [def]).xml, [def]);
    expect(alone.xml).toBe(WORKBOOK(""));
    const edited = WORKBOOK(
      `<definedNames>${definedNameXml({ ...def, text: "_xlfn.LAMBDA(_xlpm.x,_xlpm.x)" })}</definedNames>`
    );
    expect(removeDefinedNames(edited, [def])).toEqual({
      xml: edited,
      removed: [],
      kept: ["AVANCE_FINANCIERO"],
    });
  });
});

describe("the committed golden definedNames block", () => {
  it("holds every workbook function exactly as Semáforo writes it into workbook.xml", () => {
    const golden = resolve(__dirname, "../golden/workbookFunctions.xml");
    const block =
      "<definedNames>\n" +
      [NUMBER_HELPER_FUNCTION, ...workbookFunctions()]
        .map((fn) => definedNameXml(toFileDefinition(fn)))
        .join("\n") +
      "\n</definedNames>\n";
    // To accept a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/xlsx/definedNames.test.ts
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, block);
    expect(block).toBe(readFileSync(golden, "utf8"));
  });
});
