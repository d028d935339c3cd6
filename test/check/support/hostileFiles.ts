import JSZip from "jszip";

/**
 * Minimal hand-written .xlsx packages for hostile cases: one sheet whose XML is given, shared
 * strings optional. Small enough to build in a test, shaped like what real tools write.
 */
export async function minimalXlsx(sheetXml: string, sharedStrings?: string): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings !== undefined ? `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><worksheet ${ns}>${sheetXml}</worksheet>`
  );
  if (sharedStrings !== undefined)
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst ${ns}>${sharedStrings}</sst>`);
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
}

/** A PEI matrix header and one indicator, as inline strings (rows 1–2). */
export const PEI_ROWS =
  `<row r="1"><c r="A1" t="inlineStr"><is><t>Código</t></is></c><c r="B1" t="inlineStr"><is><t>Denominación</t></is></c>` +
  `<c r="C1" t="inlineStr"><is><t>Logro Esperado</t></is></c><c r="D1" t="inlineStr"><is><t>Valores Obtenidos</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>IND.01.AEI.03.01</t></is></c><c r="C2"><v>46.36</v></c><c r="D2"><v>42.72</v></c></row>`;
