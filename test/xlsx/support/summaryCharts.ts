import { XMLParser } from "fast-xml-parser";
import { partsOf } from "./parts";

/** Parsed XML, read by the path the test states (attributes as "@name"). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML has no static shape; the tests' assertions check it
export type Xml = any;

/** A chart Semáforo wrote, parsed back from the package. */
export interface ParsedChart {
  path: string;
  /** The chart's whole c:chartSpace, parsed (attributes as "@name"). */
  space: Xml;
  /** Its anchor in the drawing (0-based cells). */
  from: { row: number; col: number };
  to: { row: number; col: number };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name, _p, _l, isAttribute) =>
    !isAttribute &&
    ["c:ser", "c:pt", "xdr:twoCellAnchor", "Relationship", "sheet", "Override"].includes(name),
});

const join = (dir: string, target: string) => {
  const out: string[] = [];
  for (const p of (target.startsWith("/") ? target.slice(1) : dir + target).split("/")) {
    if (p === "..") out.pop();
    else if (p) out.push(p);
  }
  return out.join("/");
};
const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const relsOf = (path: string) => `${dirOf(path)}_rels/${path.slice(dirOf(path).length)}.rels`;

/** The parts of a package and the sheet, drawing and charts of the sheet named `name`. */
export async function sheetCharts(file: string, name: string) {
  const parts = await partsOf(file);
  const text = (path: string) => parts.get(path)?.toString("utf8");
  const rels = (path: string) =>
    (parser.parse(text(relsOf(path)) ?? "<Relationships/>").Relationships?.Relationship ??
      []) as Record<string, string>[];
  const workbook = parser.parse(text("xl/workbook.xml")!);
  const sheet = (workbook.workbook.sheets.sheet as Record<string, string>[]).find(
    (s) => s["@name"] === name
  )!;
  const sheetRel = rels("xl/workbook.xml").find((r) => r["@Id"] === sheet["@r:id"])!;
  const sheetPath = join("xl/", sheetRel["@Target"]!);
  const drawingRel = rels(sheetPath).find((r) => r["@Type"]!.endsWith("/drawing"));
  const charts: ParsedChart[] = [];
  const drawingPath = drawingRel ? join(dirOf(sheetPath), drawingRel["@Target"]!) : null;
  if (drawingPath) {
    const chartRels = rels(drawingPath);
    const anchors = parser.parse(text(drawingPath)!)["xdr:wsDr"]["xdr:twoCellAnchor"];
    for (const a of anchors as Xml[]) {
      const id = a["xdr:graphicFrame"]["a:graphic"]["a:graphicData"]["c:chart"]["@r:id"];
      const path = join(dirOf(drawingPath), chartRels.find((r) => r["@Id"] === id)!["@Target"]!);
      const cell = (p: Record<string, string>) => ({
        row: Number(p["xdr:row"]),
        col: Number(p["xdr:col"]),
      });
      charts.push({
        path,
        space: parser.parse(text(path)!)["c:chartSpace"],
        from: cell(a["xdr:from"]),
        to: cell(a["xdr:to"]),
      });
    }
  }
  return { parts, sheetPath, sheetXml: text(sheetPath)!, drawingPath, charts };
}

/** A strRef/numRef's formula and cached points. */
export function refOf(ref: Xml): { f: string; values: string[] } {
  const cache = ref["c:strCache"] ?? ref["c:numCache"];
  const pts = (cache["c:pt"] ?? []) as Xml[];
  return { f: ref["c:f"], values: pts.map((p) => String(p["c:v"])) };
}
