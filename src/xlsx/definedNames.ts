import type { WorkbookFunction } from "../core/planFunctions/workbookFunctions";
import { toFileFormula } from "./fileFormula";
import { indexOutside, markupRe, nextMatch } from "./ooxml/xmlText";

/**
 * Workbook functions (named LAMBDAs) in xl/workbook.xml, edited as text so everything else in the
 * part stays byte for byte. The stored form is the one Excel writes: `_xlfn.LAMBDA`, `_xlfn.LET`,
 * `_xlfn.ISOMITTED`; parameters and LET names prefixed `_xlpm.`; an optional parameter declared
 * `_xlop.name` (no brackets) and used as `_xlpm.name`; the Spanish description in `comment`.
 */
export interface FileDefinedName {
  name: string;
  /** The formula as stored in the file (no leading "="). */
  text: string;
  comment: string;
}

const SPLIT_STRINGS = /("(?:[^"]|"")*")/;
const outsideStrings = (formula: string, edit: (code: string) => string) =>
  formula
    .split(SPLIT_STRINGS)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join("");

/** A workbook function's definition as workbook.xml stores it. */
export function toFileDefinition(fn: WorkbookFunction): FileDefinedName {
  let text = toFileFormula(fn.formula);
  text = outsideStrings(text, (code) => {
    let out = code;
    for (const p of fn.params.filter((q) => q.optional)) {
      out = out.split(`[${p.name}]`).join(`_xlop.${p.name}`);
    }
    for (const name of [...fn.params.map((p) => p.name), ...fn.locals]) {
      const token = new RegExp(`(?<![A-Za-z0-9_.])${name}(?![A-Za-z0-9_.(])`, "gi");
      out = out.replace(token, `_xlpm.${name}`);
    }
    return out;
  });
  return { name: fn.name, text, comment: fn.comment };
}

const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** One `<definedName>` element (`prefix` is the workbook's namespace prefix, usually none). */
export function definedNameXml(def: FileDefinedName, prefix = ""): string {
  const tag = `${prefix}definedName`;
  return `<${tag} name="${escapeAttr(def.name)}" comment="${escapeAttr(def.comment)}">${escapeText(def.text)}</${tag}>`;
}

interface ExistingName {
  name: string;
  text: string;
  workbookScope: boolean;
  start: number;
  end: number;
}

function existingNames(xml: string, prefix: string): ExistingName[] {
  const tag = `${prefix}definedName`;
  // Names inside comments, CDATA or processing instructions are text, not names.
  const element = markupRe(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`);
  const found: ExistingName[] = [];
  for (let m = nextMatch(element, xml); m; m = nextMatch(element, xml)) {
    const name = /\bname="([^"]*)"/.exec(m[1] ?? "")?.[1];
    if (name === undefined) continue;
    found.push({
      name: unescape(name),
      text: unescape(m[2] ?? ""),
      workbookScope: !/\blocalSheetId=/.test(m[1] ?? ""),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found;
}

const rootPrefix = (xml: string) => /<([A-Za-z_][\w.-]*:)?workbook\b/.exec(xml)?.[1] ?? "";

/** Elements that follow <definedNames> in CT_Workbook, so a new block goes before the first. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export interface InsertResult {
  xml: string;
  added: string[];
  unchanged: string[];
  replaced: string[];
  /** The exact `<definedName>` elements the replaced names had, by name (to give them back). */
  originals: Record<string, string>;
  /** Names already in the workbook with another definition (or sheet-scoped): left as they are. */
  conflicts: { name: string; existing: string }[];
}

/**
 * Adds the definitions to workbook.xml. A name already defined the same way is left alone
 * (applying twice changes nothing); a name defined otherwise is a conflict and is kept, unless the
 * planner chose to replace it (`replace`). No other name and no other byte is touched.
 */
export function insertDefinedNames(
  workbookXml: string,
  defs: readonly FileDefinedName[],
  replace: readonly string[] = []
): InsertResult {
  const prefix = rootPrefix(workbookXml);
  const result: InsertResult = {
    xml: "",
    added: [],
    unchanged: [],
    replaced: [],
    originals: {},
    conflicts: [],
  };
  const edits: { start: number; end: number; text: string }[] = [];
  const fresh: string[] = [];
  const existing = existingNames(workbookXml, prefix);
  const wanted = new Set(replace.map((n) => n.toUpperCase()));
  for (const def of defs) {
    const same = existing.filter((e) => e.name.toUpperCase() === def.name.toUpperCase());
    const global = same.find((e) => e.workbookScope);
    if (same.length === 0) {
      fresh.push(definedNameXml(def, prefix));
      result.added.push(def.name);
    } else if (same.length === 1 && global && global.text === def.text) {
      result.unchanged.push(def.name);
    } else if (same.length === 1 && global && wanted.has(def.name.toUpperCase())) {
      edits.push({ start: global.start, end: global.end, text: definedNameXml(def, prefix) });
      result.replaced.push(def.name);
      result.originals[def.name] = workbookXml.slice(global.start, global.end);
    } else {
      result.conflicts.push({ name: def.name, existing: (global ?? same[0])!.text });
    }
  }
  let xml = workbookXml;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
  }
  result.xml = fresh.length === 0 ? xml : withNewNames(xml, fresh.join(""), prefix);
  return result;
}

function withNewNames(xml: string, elements: string, prefix: string): string {
  const block = `${prefix}definedNames`;
  const close = indexOutside(xml, `</${block}>`, 0);
  if (close >= 0) return xml.slice(0, close) + elements + xml.slice(close);
  const empty = new RegExp(`<${block}\\s*/>`).exec(xml);
  if (empty) {
    const full = `<${block}>${elements}</${block}>`;
    return xml.slice(0, empty.index) + full + xml.slice(empty.index + empty[0].length);
  }
  const follow = AFTER_DEFINED_NAMES.map((el) => xml.search(new RegExp(`<${prefix}${el}\\b`)))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  const at = follow ?? xml.lastIndexOf(`</${prefix}workbook>`);
  if (at < 0) throw new Error("workbook.xml sin elemento <workbook>: no se puede agregar nombres.");
  return `${xml.slice(0, at)}<${block}>${elements}</${block}>${xml.slice(at)}`;
}

/**
 * Removes the definitions Semáforo wrote: a name goes only when its text is exactly ours (a name
 * the planner redefined stays, and is reported in `kept`). A name Semáforo replaced gets back the
 * planner's element it had (`originals`, by name). An emptied block is removed too.
 */
export function removeDefinedNames(
  workbookXml: string,
  defs: readonly FileDefinedName[],
  originals: Readonly<Record<string, string>> = {}
): { xml: string; removed: string[]; kept: string[] } {
  const prefix = rootPrefix(workbookXml);
  const existing = existingNames(workbookXml, prefix);
  const removed: string[] = [];
  const kept: string[] = [];
  let xml = workbookXml;
  const hits: (ExistingName & { restore: string })[] = [];
  for (const def of defs) {
    const e = existing.find(
      (x) => x.workbookScope && x.name.toUpperCase() === def.name.toUpperCase()
    );
    if (!e) continue;
    if (e.text === def.text) {
      hits.push({ ...e, restore: originalOf(originals, def.name) });
      removed.push(def.name);
    } else kept.push(def.name);
  }
  for (const e of hits.sort((a, b) => b.start - a.start)) {
    xml = xml.slice(0, e.start) + e.restore + xml.slice(e.end);
  }
  if (hits.length > 0)
    xml = xml.replace(new RegExp(`<${prefix}definedNames>\\s*</${prefix}definedNames>`), "");
  return { xml, removed, kept };
}

/** The planner's element a name had before Semáforo replaced it ("" when it had none). */
function originalOf(originals: Readonly<Record<string, string>>, name: string): string {
  const key = Object.keys(originals).find((k) => k.toUpperCase() === name.toUpperCase());
  const element = key === undefined ? undefined : originals[key];
  // Only a lone definedName element is put back (the record is read from the settings sheet).
  return typeof element === "string" &&
    /^<[\w.:-]*definedName\b[^<]*(?:\/>|>[^<]*<\/[\w.:-]*definedName>)$/.test(element)
    ? element
    : "";
}
