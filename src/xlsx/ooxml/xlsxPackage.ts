import JSZip from "jszip";
import { boundedPartText, MAX_READ_PART_BYTES } from "./partText";
import { attrOf, findElement } from "./xmlText";

/** One worksheet of the package, in workbook order. */
export interface SheetEntry {
  name: string;
  /** Zip path of its part, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  rId: string;
  sheetId: number;
  hidden: boolean;
  /** The exact `<sheet …/>` element in workbook.xml. */
  element: string;
}

/** An opened .xlsx/.xlsm package: the zip (parts kept compressed until read) and its workbook. */
export interface XlsxPackage {
  zip: JSZip;
  workbookPath: string;
  workbookRelsPath: string;
  sheets: SheetEntry[];
  date1904: boolean;
}

/** The file is a zip but not an Excel workbook; the message is the Spanish reason. */
export class NotAWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAWorkbookError";
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

/** Opens the package and lists its worksheets; a zip that is not a workbook gets a Spanish reason. */
export async function loadPackage(buffer: Buffer | Uint8Array): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(buffer);
  const mimetype = await partOf(zip, "mimetype");
  if (mimetype?.includes("opendocument")) {
    throw new NotAWorkbookError(
      "es una hoja de cálculo OpenDocument (.ods), no un libro de Excel. Ábrala en LibreOffice o Excel y guárdela como .xlsx."
    );
  }
  const rootRels = await partOf(zip, "_rels/.rels");
  const target = rootRels
    ? relationships(rootRels, "").find((r) => OFFICE_DOCUMENT.test(r.type))
    : null;
  const types = (await partOf(zip, "[Content_Types].xml")) ?? "";
  if (!target || !zip.file(target.target) || !/spreadsheetml|ms-excel/.test(types)) {
    const what = /wordprocessingml/.test(types)
      ? "un documento de Word"
      : /presentationml/.test(types)
        ? "una presentación de PowerPoint"
        : "un archivo comprimido (.zip)";
    throw new NotAWorkbookError(
      `es ${what}, no un libro de Excel. Abra el libro correcto o guárdelo como .xlsx.`
    );
  }
  const workbookPath = target.target;
  const workbookRelsPath = relsPathOf(workbookPath);
  const workbook = (await partOf(zip, workbookPath)) ?? "";
  const rels = relationships((await partOf(zip, workbookRelsPath)) ?? "", dirOf(workbookPath));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const sheetsBlock = findElement(workbook, "sheets");
  const list = sheetsBlock ? workbook.slice(sheetsBlock.start, sheetsBlock.end) : "";
  for (const m of list.matchAll(/<(?:[\w.-]+:)?sheet(?=[\s/>])[^>]*>/g)) {
    const element = m[0];
    const rId = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(element)?.[1] ?? "";
    const rel = byId.get(rId);
    if (!rel || !WORKSHEET.test(rel.type)) continue; // chartsheets and dialog sheets stay as they are
    sheets.push({
      name: attrOf(element, "name") ?? "",
      path: rel.target,
      rId,
      sheetId: Number(attrOf(element, "sheetId")) || 0,
      hidden: /^(hidden|veryHidden)$/.test(attrOf(element, "state") ?? ""),
      element,
    });
  }
  const pr = findElement(workbook, "workbookPr");
  const date1904 = /^(1|true)$/.test((pr && attrOf(pr.tag, "date1904")) ?? "");
  return { zip, workbookPath, workbookRelsPath, sheets, date1904 };
}

/** A part's text (bounded like every part Semáforo holds whole), or undefined when missing. */
export async function partOf(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? boundedPartText(file, path, MAX_READ_PART_BYTES) : undefined;
}

export interface Relationship {
  id: string;
  type: string;
  /** Resolved zip path (internal targets) or the raw target (external). */
  target: string;
  element: string;
}

/** Relationships of a .rels part, targets resolved against `baseDir` ("xl/"). */
export function relationships(xml: string, baseDir: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship(?=[\s/>])[^>]*>/g)) {
    const element = m[0];
    const raw = attrOf(element, "Target") ?? "";
    const external = attrOf(element, "TargetMode") === "External";
    out.push({
      id: attrOf(element, "Id") ?? "",
      type: attrOf(element, "Type") ?? "",
      target: external ? raw : resolvePath(baseDir, raw),
      element,
    });
  }
  return out;
}

export const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

export function relsPathOf(path: string): string {
  return `${dirOf(path)}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;
}

/** Joins a relationship target to its base folder, resolving "." and ".." ("/xl/…" is absolute). */
export function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
