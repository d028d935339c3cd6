import JSZip from "jszip";
import { readFileSync } from "node:fs";

/**
 * The package without one sheet, as when a planner deletes it in Excel (or copies the other
 * sheets into a new workbook): its `<sheet>` entry, relationship, content type and part go.
 */
export async function withoutSheet(file: string, name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (path: string) => zip.file(path)!.async("string");
  const workbook = await text("xl/workbook.xml");
  const element = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(workbook)![0];
  const rId = /r:id="([^"]+)"/.exec(element)![1]!;
  const rels = await text("xl/_rels/workbook.xml.rels");
  const rel = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*/>`).exec(rels)![0];
  const target = /Target="([^"]+)"/.exec(rel)![1]!.replace(/^\/?(xl\/)?/, "");
  zip.file("xl/workbook.xml", workbook.replace(element, ""));
  zip.file("xl/_rels/workbook.xml.rels", rels.replace(rel, ""));
  const types = await text("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(new RegExp(`<Override PartName="/xl/${target}"[^>]*/>`), "")
  );
  zip.remove(`xl/${target}`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
