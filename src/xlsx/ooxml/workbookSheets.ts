import { dirOf, type SheetEntry } from "./xlsxPackage";
import { escapeXml, findElement, prefixFor, rootCloseIndex } from "./xmlText";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The three package parts that list sheets, as text. */
export interface SheetLists {
  workbook: string;
  rels: string;
  types: string;
}

/**
 * Adds a worksheet part at the end of the workbook. Ids and file names are the first free ones,
 * so removing the sheet and adding it again gives the same bytes.
 */
export function addSheet(
  lists: SheetLists,
  used: { paths: ReadonlySet<string>; workbookPath: string; sheetDir: string },
  name: string,
  hidden: boolean
): { lists: SheetLists; path: string } {
  let n = 1;
  while (used.paths.has(`${used.sheetDir}sheet${n}.xml`)) n++;
  const path = `${used.sheetDir}sheet${n}.xml`;
  const ids = new Set([...lists.rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let r = 1;
  while (ids.has(`rId${r}`)) r++;
  const rId = `rId${r}`;
  const sheetIds = [...lists.workbook.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*?\bsheetId="(\d+)"/g)];
  const sheetId = sheetIds.reduce((max, m) => Math.max(max, Number(m[1])), 0) + 1;

  const sheets = findElement(lists.workbook, "sheets");
  if (!sheets || sheets.selfClosing) throw new Error("el libro no tiene lista de hojas.");
  const p = /^<([\w.-]+:)?/.exec(sheets.tag)?.[1] ?? "";
  const rPrefix = prefixFor(lists.workbook, REL_NS);
  const rAttr = rPrefix ? `${rPrefix}:id` : `xmlns:r="${REL_NS}" r:id`;
  const state = hidden ? ' state="hidden"' : "";
  const element = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state} ${rAttr}="${rId}"/>`;
  const closeSheets = sheets.end - `</${p}sheets>`.length;
  const workbook =
    lists.workbook.slice(0, closeSheets) + element + lists.workbook.slice(closeSheets);

  const target = path.startsWith(dirOf(used.workbookPath))
    ? path.slice(dirOf(used.workbookPath).length)
    : `/${path}`;
  const relsClose = rootCloseIndex(lists.rels);
  const rel = `<Relationship Id="${rId}" Type="${WORKSHEET_REL}" Target="${target}"/>`;
  const rels = lists.rels.slice(0, relsClose) + rel + lists.rels.slice(relsClose);

  const typesClose = rootCloseIndex(lists.types);
  const override = `<Override PartName="/${path}" ContentType="${WORKSHEET_TYPE}"/>`;
  const types = lists.types.slice(0, typesClose) + override + lists.types.slice(typesClose);
  return { lists: { workbook, rels, types }, path };
}

/**
 * Takes a worksheet out of the three lists: its `<sheet>` element, its relationship and its
 * content-type override. Sheet-scoped names of later sheets follow their sheet's new position.
 */
export function removeSheet(
  lists: SheetLists,
  entry: SheetEntry,
  index: number,
  count: number
): SheetLists {
  let workbook = lists.workbook.replace(entry.element, "");
  if (index < count - 1 || /localSheetId="/.test(workbook))
    workbook = shiftLocalNames(workbook, index);
  workbook = fixActiveTab(workbook, count - 1);
  const relRe = new RegExp(`<(?:[\\w.-]+:)?Relationship\\s(?:[^>]*\\s)?Id="${entry.rId}"[^>]*/>`);
  const rels = lists.rels.replace(relRe, "");
  const overrideRe = new RegExp(
    `<(?:[\\w.-]+:)?Override\\s[^>]*PartName="/${escapeRe(entry.path)}"[^>]*/>`
  );
  const types = lists.types.replace(overrideRe, "");
  return { workbook, rels, types };
}

function shiftLocalNames(workbook: string, index: number): string {
  return workbook.replace(
    /<(?:[\w.-]+:)?definedName\s[^>]*\slocalSheetId="(\d+)"[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?definedName>/g,
    (element, id: string) => {
      const i = Number(id);
      if (i === index) return "";
      if (i < index) return element;
      return element.replace(/\slocalSheetId="\d+"/, ` localSheetId="${i - 1}"`);
    }
  );
}

function fixActiveTab(workbook: string, sheetCount: number): string {
  return workbook.replace(/(\s(?:activeTab|firstSheet)=")(\d+)"/g, (m, head: string, v: string) =>
    Number(v) >= sheetCount ? `${head}0"` : m
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
