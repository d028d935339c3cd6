import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";

/**
 * A copy of `input` whose formula cells keep their formulas but lose their cached values (and
 * the value type), so whatever a viewer shows afterwards was computed by its own recalculation.
 * Returns how many cached values were removed.
 */
export async function stripCachedValues(input: string, output: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  let removed = 0;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = await (zip.file(name) as JSZip.JSZipObject).async("string");
    const cell =
      /<((?:[\w.-]+:)?c)(\s[^>]*)?>(<(?:[\w.-]+:)?f\b[^>]*(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?f>))<(?:[\w.-]+:)?v>[^<]*<\/(?:[\w.-]+:)?v><\/\1>/g;
    const stripped = xml.replace(cell, (_m, tag: string, attrs: string | undefined, f: string) => {
      removed++;
      return `<${tag}${(attrs ?? "").replace(/\st="[^"]*"/, "")}>${f}</${tag}>`;
    });
    zip.file(name, stripped);
  }
  writeFileSync(output, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return removed;
}
