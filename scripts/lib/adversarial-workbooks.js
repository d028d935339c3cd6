"use strict";
// Crafted hostile workbooks for scripts/adversarial-apply.js: each a PEI indicator table (code,
// goal, obtained) written the odd ways a valid SpreadsheetML file may be written.
const fs = require("node:fs");
const path = require("node:path");
const JSZip = require("jszip");

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const HEAD = ["Código", "Denominación", "Logro Esperado", "Valores Obtenidos"];

const istr = (ref, text, p = "") =>
  `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${text}</${p}t></${p}is></${p}c>`;
const num = (ref, v, p = "") => `<${p}c r="${ref}"><${p}v>${v}</${p}v></${p}c>`;
const code = (r) => `IND.0${1 + (r % 9)}.AEI.0${1 + (r % 3)}.01`;

/** Header plus `count` indicator rows, each cell written by `cells(r)`. */
function matrix(count, cells, p = "") {
  const out = [
    `<${p}row r="1">${HEAD.map((h, i) => istr(`${"ABCD"[i]}1`, h, p)).join("")}</${p}row>`,
  ];
  for (let r = 2; r < 2 + count; r++) out.push(`<${p}row r="${r}">${cells(r)}</${p}row>`);
  return out.join("");
}
const plain = (r, p = "") =>
  `${istr(`A${r}`, code(r), p)}${num(`C${r}`, 50, p)}${num(`D${r}`, r % 60, p)}`;

/** A one-sheet package; `sheet` is the worksheet's whole XML, `extra` more parts. */
async function pack(file, sheet, { sst, ns = MAIN, rel = REL, extra = {} } = {}) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`
  );
  zip.file("xl/worksheets/sheet1.xml", sheet);
  zip.file("xl/sharedStrings.xml", sst ?? `<sst xmlns="${ns}" count="0" uniqueCount="0"/>`);
  zip.file(
    "xl/styles.xml",
    `<styleSheet xmlns="${ns}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`
  );
  for (const [p, text] of Object.entries(extra)) zip.file(p, text);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

const ws = (body, ns = MAIN) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}" xmlns:r="${REL}">${body}</worksheet>`;

async function hostileWorkbooks(dir) {
  const f = (name) => path.join(dir, name);
  const list = [];
  const add = async (label, name, sheet, opts) =>
    list.push([label, await pack(f(name), sheet, opts)]);

  await add(
    "comentario, CDATA e IP en sheetData",
    "comentarios.xlsx",
    ws(
      `<dimension ref="A1:D11"/><sheetData><!-- <row r="99"><c r="A99"/></row> -->` +
        matrix(10, (r) =>
          r === 4
            ? `<!-- c --><c r="A4" t="inlineStr"><is><t><![CDATA[${code(4)}]]></t></is></c><?pi data?>${num("C4", 50)}${num("D4", 4)}`
            : plain(r)
        ).replace('<row r="6">', '<?foo <row r="98">?><row r="6">') +
        `<!-- </sheetData> --></sheetData><!-- <conditionalFormatting/> -->`
    )
  );
  const wide = [];
  for (let c = 5; c < 3000; c++) {
    let col = "";
    for (let n = c; n > 0; n = Math.floor((n - 1) / 26))
      col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
    wide.push(num(`${col}2`, c));
  }
  await add(
    "fila enorme (3000 celdas) y 5000 filas",
    "fila-enorme.xlsx",
    ws(
      `<sheetData>${matrix(5000, (r) => (r === 2 ? plain(r) + wide.join("") : plain(r)))}</sheetData>`
    )
  );
  const strings = [...HEAD];
  const si = (t) => (strings.includes(t) ? strings.indexOf(t) : strings.push(t) - 1);
  const shared = (ref, t) => `<c r="${ref}" t="s"><v>${si(t)}</v></c>`;
  const sharedSheet = ws(
    `<dimension ref="A1:D40"/><sheetData><row r="1">${HEAD.map((h, i) => shared(`${"ABCD"[i]}1`, h)).join("")}</row>` +
      Array.from({ length: 39 }, (_, k) => {
        const r = k + 2;
        return `<row r="${r}" spans="1:4">${shared(`A${r}`, code(r))}${shared(`B${r}`, `Indicador ${r} <&>`)}${num(`C${r}`, 50)}${num(`D${r}`, r)}</row>`;
      }).join("") +
      `</sheetData>`
  );
  await add("textos compartidos", "compartidos.xlsx", sharedSheet, {
    sst: `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map(
        (t) =>
          `<si><t xml:space="preserve">${t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</t></si>`
      )
      .join("")}</sst>`,
  });
  await add(
    "textos en línea con xml:space y entidades",
    "en-linea.xlsx",
    ws(
      `<sheetData>` +
        matrix(
          12,
          (r) =>
            `<c r="A${r}" t="inlineStr"><is><r><t xml:space="preserve">${code(r)}</t></r></is></c><c r="B${r}" t="inlineStr"><is><t xml:space="preserve">  &amp; &#233; &#x1F600; </t></is></c>${num(`C${r}`, 50)}${num(`D${r}`, r)}`
        ) +
        `</sheetData>`
    )
  );
  await add(
    "filas y celdas sin atributo r",
    "sin-r.xlsx",
    ws(
      `<sheetData>` +
        matrix(10, (r) => plain(r))
          .replace(/<row r="\d+">/g, "<row>")
          .replace(/<c r="[A-Z]+\d+"/g, (m, i) => (i % 2 ? "<c" : m)) +
        `</sheetData>`
    )
  );
  await add(
    "celdas y filas fuera de orden",
    "desordenado.xlsx",
    ws(
      `<dimension ref="A1:D11"/><sheetData>` +
        matrix(10, (r) => `${num(`D${r}`, r % 60)}${istr(`A${r}`, code(r))}${num(`C${r}`, 50)}`)
          .split(/(?=<row )/)
          .map((row, i, all) => all[i === 0 ? 0 : all.length - i])
          .join("") +
        `</sheetData>`
    )
  );
  const strictSheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}"><sheetData>${matrix(6, (r) => plain(r))}</sheetData></worksheet>`;
  await add("Open XML estricto", "estricto.xlsx", strictSheet, {
    ns: STRICT_MAIN,
    rel: STRICT_REL,
  });
  await add(
    "sin dimension, con hojas vacías alrededor",
    "sin-dimension.xlsx",
    ws(
      `<sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${matrix(8, (r) => plain(r))}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`
    )
  );
  await add(
    "prefijo x: en el espacio de nombres",
    "prefijo-x.xlsx",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:dimension ref="A1:D9"/><x:sheetData>${matrix(8, (r) => plain(r, "x:"), "x:")}</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`
  );
  await add(
    "hoja autocerrada y celdas vacías",
    "vacias.xlsx",
    ws(
      `<sheetData>${matrix(8, (r) => `${plain(r)}<c r="E${r}"/><c r="F${r}" s="0"></c>`)}<row r="20"/></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`
    )
  );
  await add(
    "CDATA con </row>, atributo con «>»",
    "cdata-fila.xlsx",
    ws(
      `<sheetData>` +
        matrix(8, (r) =>
          r === 3
            ? `${plain(r)}<c r="F3" t="inlineStr"><is><t><![CDATA[</row></sheetData><row r="9">]]></t></is></c>`
            : plain(r)
        ).replace('<row r="5">', '<row r="5" z:nota="a>b" xmlns:z="urn:z">') +
        `</sheetData>`
    )
  );
  await add(
    "comillas simples y espacios alrededor de =",
    "comillas-simples.xlsx",
    ws(
      `<sheetData>` +
        matrix(8, (r) => plain(r))
          .replace(/ r="([^"]+)"/g, (m, v, i) =>
            i % 3 === 0 ? ` r='${v}'` : i % 3 === 1 ? ` r = "${v}" ` : m
          )
          .replace(/ t="inlineStr"/g, " t='inlineStr'") +
        `</sheetData>`
    )
  );
  await add(
    "BOM, CRLF y sangría",
    "bom-crlf.xlsx",
    "\ufeff" +
      ws(
        `\r\n  <dimension ref="A1:D9"/>\r\n  <sheetData>\r\n` +
          matrix(8, (r) => plain(r))
            .replace(/<row /g, "    <row ")
            .replace(/<\/row>/g, "</row>\r\n")
            .replace(/<c /g, "\r\n      <c ") +
          `  </sheetData>\r\n`
      )
  );
  return list;
}

module.exports = { hostileWorkbooks };
