import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";

/**
 * Reads the cached values an engine stored in an .xlsx, straight from the sheet XML. ExcelJS's
 * reader drops falsy formula results (a cached 0 or "" comes back as "no result"), and those are
 * exactly the values the agreement tests must see.
 */
export type CachedValue = number | string | boolean | { error: string } | null;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  // Called for attributes too: only elements may become arrays (the cell's r="A1" must not).
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ["c", "row", "sheet", "Relationship", "si", "r"].includes(name),
});

const asText = (node: unknown): string => {
  if (node === undefined || node === null) return "";
  if (typeof node === "object") return String((node as Record<string, unknown>)["#text"] ?? "");
  return String(node);
};

function sharedStringText(si: Record<string, unknown>): string {
  if (si.t !== undefined) return asText(si.t);
  const runs = (si.r as Record<string, unknown>[] | undefined) ?? [];
  return runs.map((r) => asText(r.t)).join("");
}

export async function readCachedValues(
  path: string
): Promise<Map<string, Map<string, CachedValue>>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const read = async (name: string) => {
    const file = zip.file(name);
    return file ? parser.parse(await file.async("string")) : null;
  };
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const strings = await read("xl/sharedStrings.xml");
  const shared: string[] = (strings?.sst?.si ?? []).map(sharedStringText);
  const targets = new Map<string, string>(
    rels.Relationships.Relationship.map((r: Record<string, string>) => [r["@Id"], r["@Target"]])
  );
  const result = new Map<string, Map<string, CachedValue>>();
  for (const sheet of workbook.workbook.sheets.sheet as Record<string, string>[]) {
    const target = (targets.get(sheet["@r:id"] as string) as string).replace(/^\/?(xl\/)?/, "");
    const xml = await read(`xl/${target}`);
    const cells = new Map<string, CachedValue>();
    for (const row of xml.worksheet.sheetData?.row ?? []) {
      for (const c of row.c ?? []) {
        const type = c["@t"] ?? "n";
        const raw = asText(c.v);
        let value: CachedValue;
        if (type === "s") value = shared[Number(raw)] ?? "";
        else if (type === "str" || type === "inlineStr")
          value = type === "str" ? raw : asText(c.is?.t);
        else if (type === "e") value = { error: raw };
        else if (type === "b") value = raw === "1";
        else value = raw === "" ? null : Number(raw);
        cells.set(c["@r"], value);
      }
    }
    result.set(sheet["@name"] as string, cells);
  }
  return result;
}
