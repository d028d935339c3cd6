/**
 * Cells that call a workbook function (`AVANCE_TIPO1(E13,D13)`), in the form that keeps Excel
 * from showing `=@AVANCE_TIPO1(E13,D13)`. Excel cannot tell from a plain `<f>` whether a named
 * LAMBDA might return an array, so it reads such a formula the pre-365 way and shows the
 * implicit-intersection `@`. A dynamic-array formula is a single-cell array formula
 * (`<f t="array" ref="E13">`) whose cell points (`cm`) at cell metadata of type XLDAPR with
 * fDynamic="1", kept in xl/metadata.xml. These are pure text functions for the package writer.
 */

export const METADATA_PART = "xl/metadata.xml";
export const METADATA_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
export const METADATA_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
const DYNAMIC_ARRAY_EXT = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";

/** metadata.xml with one cell-metadata record: "this formula is a dynamic array" (cm="1"). */
export const DYNAMIC_ARRAY_METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" ' +
  'pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" ' +
  'clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_EXT}">` +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

/**
 * The `cm` index of dynamic-array cell metadata in an existing metadata.xml, or null when it has
 * none (the writer then adds its own part only if there is no metadata.xml at all).
 */
export function dynamicArrayCm(metadataXml: string): number | null {
  const types = [...metadataXml.matchAll(/<(?:\w+:)?metadataType\b[^>]*\bname="([^"]+)"/g)];
  const t = types.findIndex((m) => m[1] === "XLDAPR") + 1;
  if (t === 0) return null;
  const future =
    /<(?:\w+:)?futureMetadata\b[^>]*name="XLDAPR"[^>]*>([\s\S]*?)<\/(?:\w+:)?futureMetadata>/.exec(
      metadataXml
    );
  const blocks = future
    ? [...(future[1] ?? "").matchAll(/<(?:\w+:)?bk>([\s\S]*?)<\/(?:\w+:)?bk>/g)]
    : [];
  const v = blocks.findIndex((b) => /fDynamic="1"/.test(b[1] ?? ""));
  if (v < 0) return null;
  const cells = /<(?:\w+:)?cellMetadata\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellMetadata>/.exec(
    metadataXml
  );
  const records = cells
    ? [...(cells[1] ?? "").matchAll(/<(?:\w+:)?bk>([\s\S]*?)<\/(?:\w+:)?bk>/g)]
    : [];
  const at = records.findIndex((r) =>
    new RegExp(`<(?:\\w+:)?rc t="${t}" v="${v}"`).test(r[1] ?? "")
  );
  return at < 0 ? null : at + 1;
}

/** A cached result as the formula cell stores it (`t` attribute and `<v>` text). */
export type CachedResult = number | string | boolean | { error: string };

const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * `<c r="E13" cm="1"><f t="array" ref="E13">AVANCE_TIPO1(E13,D13)</f><v>92.15</v></c>`.
 * `fileFormula` is already in file form (toFileFormula); `style` is the cell's s index, if any.
 */
export function dynamicFormulaCellXml(
  ref: string,
  fileFormula: string,
  cm: number,
  cached: CachedResult,
  style?: number
): string {
  const [type, value] =
    typeof cached === "number"
      ? ["", String(cached)]
      : typeof cached === "boolean"
        ? [' t="b"', cached ? "1" : "0"]
        : typeof cached === "string"
          ? [' t="str"', escapeText(cached)]
          : [' t="e"', escapeText(cached.error)];
  const s = style === undefined ? "" : ` s="${style}"`;
  return (
    `<c r="${ref}"${s}${type} cm="${cm}"><f t="array" ref="${ref}">${escapeText(fileFormula)}</f>` +
    `<v>${value}</v></c>`
  );
}

/** [Content_Types].xml with the metadata part declared (unchanged when it already is). */
export function withMetadataContentType(contentTypesXml: string): string {
  if (contentTypesXml.includes(`PartName="/${METADATA_PART}"`)) return contentTypesXml;
  const override = `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_CONTENT_TYPE}"/>`;
  return contentTypesXml.replace("</Types>", `${override}</Types>`);
}

/** xl/_rels/workbook.xml.rels with a relationship to metadata.xml (unused rId), if missing. */
export function withMetadataRelationship(relsXml: string): string {
  if (relsXml.includes(`Type="${METADATA_REL_TYPE}"`)) return relsXml;
  const used = new Set([...relsXml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${METADATA_REL_TYPE}" Target="metadata.xml"/>`;
  return relsXml.replace("</Relationships>", `${rel}</Relationships>`);
}
