import { describe, expect, it } from "vitest";
import {
  DYNAMIC_ARRAY_METADATA_XML,
  dynamicArrayCm,
  dynamicFormulaCellXml,
  withMetadataContentType,
  withDynamicArrayRecord,
  withMetadataRelationship,
} from "../../src/xlsx/dynamicArrayCell";

describe("cells calling a workbook function (dynamic-array form, no implicit @)", () => {
  it("are single-cell array formulas pointing at XLDAPR cell metadata", () => {
    expect(dynamicFormulaCellXml("E13", "AVANCE_TIPO1(E13,D13)", 1, 92.15)).toBe(
      '<c r="E13" cm="1"><f t="array" ref="E13">AVANCE_TIPO1(E13,D13)</f><v>92.15</v></c>'
    );
    expect(dynamicFormulaCellXml("G13", 'SEMAFORO(F13,"CEPLAN_SEMESTRAL")', 1, "Bueno", 7)).toBe(
      '<c r="G13" s="7" t="str" cm="1"><f t="array" ref="G13">SEMAFORO(F13,"CEPLAN_SEMESTRAL")</f><v>Bueno</v></c>'
    );
    expect(dynamicFormulaCellXml("H2", "EJECUCION(B2:M2,N2:Y2)", 2, { error: "#N/A" })).toBe(
      '<c r="H2" t="e" cm="2"><f t="array" ref="H2">EJECUCION(B2:M2,N2:Y2)</f><v>#N/A</v></c>'
    );
    expect(dynamicFormulaCellXml("A1", 'CONTAR_NIVEL(A2:A9,"<30")', 1, "")).toContain(
      '<f t="array" ref="A1">CONTAR_NIVEL(A2:A9,"&lt;30")</f><v></v>'
    );
  });

  it("find the dynamic-array record of our metadata part and of one Excel wrote with more types", () => {
    expect(dynamicArrayCm(DYNAMIC_ARRAY_METADATA_XML)).toBe(1);
    const excel =
      '<metadata xmlns="m" xmlns:xda="d"><metadataTypes count="2"><metadataType name="XLRICHVALUE"/>' +
      '<metadataType name="XLDAPR"/></metadataTypes>' +
      '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
      '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
      '<cellMetadata count="2"><bk><rc t="1" v="0"/></bk><bk><rc t="2" v="0"/></bk></cellMetadata></metadata>';
    expect(dynamicArrayCm(excel)).toBe(2);
    expect(dynamicArrayCm('<metadata><metadataTypes count="0"/></metadata>')).toBeNull();
  });

  it("declare the metadata part once in the package", () => {
    const types =
      '<Types xmlns="t"><Default Extension="xml" ContentType="application/xml"/></Types>';
    const once = withMetadataContentType(types);
    expect(once).toContain(
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>'
    );
    expect(withMetadataContentType(once)).toBe(once);
    const rels =
      '<Relationships xmlns="r"><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId3" Type="st" Target="styles.xml"/></Relationships>';
    const linked = withMetadataRelationship(rels);
    expect(linked).toContain(
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>'
    );
    expect(withMetadataRelationship(linked)).toBe(linked);
  });
});

describe("a workbook's own metadata.xml gets the dynamic-array record merged in", () => {
  // In-cell pictures: Excel writes XLRICHVALUE metadata for the cells holding an image.
  const pictures =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:xlrd="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata">' +
    '<metadataTypes count="1"><metadataType name="XLRICHVALUE" minSupportedVersion="120000"/></metadataTypes>' +
    '<futureMetadata name="XLRICHVALUE" count="1"><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}">' +
    '<xlrd:rvb i="0"/></ext></extLst></bk></futureMetadata>' +
    '<valueMetadata count="1"><bk><rc t="1" v="0"/></bk></valueMetadata></metadata>';

  it("adds type, future block and a cell record, and finds it afterwards", () => {
    const merged = withDynamicArrayRecord(pictures);
    expect(merged.cm).toBe(1);
    expect(dynamicArrayCm(merged.xml)).toBe(1);
    expect(merged.xml).toContain('<metadataTypes count="2">');
    expect(merged.xml).toContain(
      'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"'
    );
    // Schema order: futureMetadata blocks, then cellMetadata, then valueMetadata.
    const order = ["<metadataTypes", 'name="XLDAPR" count="1"', "<cellMetadata", "<valueMetadata"];
    const at = order.map((tag) => merged.xml.indexOf(tag));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > (at[k - 1] as number)))).toBe(true);
    // The pictures' own records are kept as they were.
    expect(merged.xml).toContain(
      '<valueMetadata count="1"><bk><rc t="1" v="0"/></bk></valueMetadata>'
    );
    expect(withDynamicArrayRecord(merged.xml)).toEqual(merged);
  });

  it("reuses a cell record that already points at the block it adds, so a second apply finds the same cm", () => {
    // XLDAPR declared and a cell pointing at it, but the future block missing.
    const dangling =
      '<metadata xmlns="m"><metadataTypes count="1"><metadataType name="XLDAPR"/></metadataTypes>' +
      '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';
    const merged = withDynamicArrayRecord(dangling);
    expect(merged.cm).toBe(1);
    expect(merged.xml).toContain(
      '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>'
    );
    expect(withDynamicArrayRecord(merged.xml)).toEqual(merged);
  });

  it("appends to existing cell metadata and to a prefixed part", () => {
    const withCells =
      '<metadata xmlns="m"><metadataTypes count="1"><metadataType name="XLRICHVALUE"/></metadataTypes>' +
      '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';
    const merged = withDynamicArrayRecord(withCells);
    expect(merged.cm).toBe(2);
    expect(dynamicArrayCm(merged.xml)).toBe(2);
    expect(merged.xml).toContain(
      '<cellMetadata count="2"><bk><rc t="1" v="0"/></bk><bk><rc t="2" v="0"/></bk>'
    );
    const prefixed =
      '<x:metadata xmlns:x="m"><x:metadataTypes count="0"></x:metadataTypes></x:metadata>';
    const p = withDynamicArrayRecord(prefixed);
    expect(p.cm).toBe(1);
    expect(dynamicArrayCm(p.xml)).toBe(1);
    expect(p.xml).toContain('<x:metadataType name="XLDAPR"');
    expect(p.xml).toContain("<x:extLst><x:ext ");
  });
});
