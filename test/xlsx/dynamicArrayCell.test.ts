import { describe, expect, it } from "vitest";
import {
  DYNAMIC_ARRAY_METADATA_XML,
  dynamicArrayCm,
  dynamicFormulaCellXml,
  withMetadataContentType,
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
