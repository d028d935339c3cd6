import JSZip from "jszip";
import { readFileSync } from "node:fs";

/** Every file of a zip package with its uncompressed bytes. */
export async function partsOf(file: string | Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(typeof file === "string" ? readFileSync(file) : file);
  const out = new Map<string, Buffer>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.set(path, await entry.async("nodebuffer"));
  }
  return out;
}

/** Paths whose bytes differ between two packages (or exist in only one). */
export function changedParts(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort();
}

/** Rewrites one part of a package (to simulate the planner's edits). */
export async function withPart(
  file: string,
  path: string,
  edit: (xml: string) => string
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
