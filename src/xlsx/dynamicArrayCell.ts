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
  style?: number,
  prefix = ""
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
  const p = prefix;
  return (
    `<${p}c r="${ref}"${s}${type} cm="${cm}"><${p}f t="array" ref="${ref}">${escapeText(fileFormula)}</${p}f>` +
    `<${p}v>${value}</${p}v></${p}c>`
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

const XDA_NS = "http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray";
const XLDAPR_TYPE =
  'name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" ' +
  'splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"';
const dynamicBk = (p: string) =>
  `<${p}extLst><${p}ext uri="${DYNAMIC_ARRAY_EXT}"><xda:dynamicArrayProperties fDynamic="1" ` +
  `fCollapsed="0"/></${p}ext></${p}extLst>`;

/**
 * An existing metadata.xml (in-cell pictures, other add-ins) with the dynamic-array record added
 * in schema order, and the `cm` index of that record; unchanged when it already has one.
 */
export function withDynamicArrayRecord(xml: string): { xml: string; cm: number } {
  const known = dynamicArrayCm(xml);
  if (known !== null) return { xml, cm: known };
  const p = /<([\w.-]+:)?metadata[\s>]/.exec(xml)?.[1] ?? "";
  const tag = (name: string) => `${p}${name}`;
  let out = xml;
  if (!/xmlns:xda="/.test(out))
    out = out.replace(
      new RegExp(`<${tag("metadata")}(?=[\\s>])`),
      (m) => `${m} xmlns:xda="${XDA_NS}"`
    );
  // 1. The metadata type (1-based index t).
  const types = [
    ...out.matchAll(new RegExp(`<${tag("metadataType")}\\b[^>]*\\bname="([^"]+)"`, "g")),
  ];
  let t = types.findIndex((m) => m[1] === "XLDAPR") + 1;
  if (t === 0) {
    t = types.length + 1;
    const type = `<${tag("metadataType")} ${XLDAPR_TYPE}/>`;
    out = appendInto(out, tag("metadataTypes"), type, () => firstChildAt(out, p));
  }
  // 2. The future-metadata block (0-based index v within futureMetadata name="XLDAPR").
  const future = new RegExp(
    `(<${tag("futureMetadata")}\\b[^>]*name="XLDAPR"[^>]*>)([\\s\\S]*?)(</${tag("futureMetadata")}>)`
  ).exec(out);
  const bk = `<${tag("bk")}>${dynamicBk(p)}</${tag("bk")}>`;
  let v: number;
  if (future) {
    v = [...(future[2] ?? "").matchAll(new RegExp(`<${tag("bk")}>`, "g"))].length;
    out = out.replace(future[0], bumpCount(`${future[1]}${future[2]}${bk}${future[3]}`));
  } else {
    v = 0;
    const block = `<${tag("futureMetadata")} name="XLDAPR" count="1">${bk}</${tag("futureMetadata")}>`;
    out = insertBefore(out, [tag("cellMetadata"), tag("valueMetadata"), tag("extLst")], p, block);
  }
  // 3. The cell-metadata record cm (1-based) pointing at (t, v).
  const record = `<${tag("bk")}><${tag("rc")} t="${t}" v="${v}"/></${tag("bk")}>`;
  const cells = new RegExp(
    `<${tag("cellMetadata")}\\b[^>]*>([\\s\\S]*?)</${tag("cellMetadata")}>`
  ).exec(out);
  if (cells) {
    const records = [
      ...(cells[1] ?? "").matchAll(new RegExp(`<${tag("bk")}>([\\s\\S]*?)</${tag("bk")}>`, "g")),
    ];
    // A record already pointing at (t, v) (a part whose future block was missing) is the one
    // dynamicArrayCm finds next time: reusing it keeps a second apply byte-identical.
    const same = records.findIndex((r) =>
      new RegExp(`<${tag("rc")} t="${t}" v="${v}"`).test(r[1] ?? "")
    );
    if (same >= 0) return { xml: out, cm: same + 1 };
    const cm = records.length + 1;
    const grown = cells[0].replace(
      `</${tag("cellMetadata")}>`,
      `${record}</${tag("cellMetadata")}>`
    );
    return { xml: out.replace(cells[0], bumpCount(grown)), cm };
  }
  const block = `<${tag("cellMetadata")} count="1">${record}</${tag("cellMetadata")}>`;
  return { xml: insertBefore(out, [tag("valueMetadata"), tag("extLst")], p, block), cm: 1 };
}

/** The element `<name …>…</name>` with `child` appended and its count raised; created if absent. */
function appendInto(xml: string, name: string, child: string, at: () => number): string {
  const whole = new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`).exec(xml);
  if (whole)
    return xml.replace(whole[0], bumpCount(whole[0].replace(`</${name}>`, `${child}</${name}>`)));
  const i = at();
  return `${xml.slice(0, i)}<${name} count="1">${child}</${name}>${xml.slice(i)}`;
}

/** Where the root's first child goes: right after the `<metadata …>` start tag. */
function firstChildAt(xml: string, p: string): number {
  const start = new RegExp(`<${p}metadata\\b[^>]*>`).exec(xml) as RegExpExecArray;
  return start.index + start[0].length;
}

/**
 * `block` before the first of `names` present at the root (after the last futureMetadata, whose
 * blocks hold extLst of their own), else before the root's end tag.
 */
function insertBefore(xml: string, names: readonly string[], p: string, block: string): string {
  const from = Math.max(0, xml.lastIndexOf(`</${p}futureMetadata>`));
  for (const name of names) {
    const at = new RegExp(`<${name}[\\s>/]`).exec(xml.slice(from));
    if (at) return `${xml.slice(0, from + at.index)}${block}${xml.slice(from + at.index)}`;
  }
  return xml.replace(`</${p}metadata>`, `${block}</${p}metadata>`);
}

/** The element's count attribute raised by one (count="2" → "3"); unchanged without one. */
const bumpCount = (element: string) =>
  element.replace(
    /^(<[^>]*\bcount=")(\d+)"/,
    (_, head: string, n: string) => `${head}${Number(n) + 1}"`
  );
