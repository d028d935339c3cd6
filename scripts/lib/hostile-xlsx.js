"use strict";
// Builds small hostile .xlsx files for the benchmarks: one sheet whose XML (and shared strings)
// the caller gives, compressed fast (level 1) as a crafted file would be.
const fs = require("node:fs");
const JSZip = require("jszip");

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The first rows of a PEI indicator table (code, goal, obtained): apply writes beside them. */
const MATRIX_HEAD =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Código</t></is></c><c r="C1" t="inlineStr"><is><t>Logro Esperado</t></is></c><c r="D1" t="inlineStr"><is><t>Valores Obtenidos</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>IND.01.AEI.03.01</t></is></c><c r="C2"><v>46.36</v></c><c r="D2"><v>42.72</v></c></row>';

/**
 * A one-sheet .xlsx whose sheet XML (the worksheet's content, a string or pieces of it, where a
 * number stands for that many spaces) and shared strings are given.
 */
async function hostileXlsx(file, sheet, sst) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
  const pieces = [`<worksheet ${NS}>`, ...(Array.isArray(sheet) ? sheet : [sheet]), "</worksheet>"];
  zip.file(
    "xl/worksheets/sheet1.xml",
    Buffer.concat(
      pieces.map((p) => (typeof p === "number" ? Buffer.alloc(p, 0x20) : Buffer.from(p)))
    )
  );
  zip.file("xl/sharedStrings.xml", sst ?? `<sst ${NS}/>`);
  zip.file(
    "xl/styles.xml",
    `<styleSheet ${NS}><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`
  );
  fs.writeFileSync(
    file,
    await zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 1 },
    })
  );
}

module.exports = { hostileXlsx, MATRIX_HEAD, NS };
