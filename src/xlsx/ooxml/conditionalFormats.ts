import type { PlannedFormat } from "../../core/plan/writePlan";
import { escapeXml, indexOutside, unescapeXml } from "./xmlText";

/**
 * Semáforo's conditional formats carry this no-op term in each rule, so a later run (or `quitar`)
 * recognises them on that sheet and never touches a format the planner made on the same range.
 */
export const CF_MARKER = 'N("semaforo")';

/** Elements a worksheet may hold after `<conditionalFormatting>` (ECMA-376 CT_Worksheet order). */
const BEFORE_CF = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
]);

interface TopElement {
  name: string;
  start: number;
  end: number;
  xml: string;
}

/** The worksheet's top-level elements, in order (children of the root). */
export function topElements(xml: string): TopElement[] {
  const root = /<(?![?!])[^>]*>/.exec(xml);
  if (!root) return [];
  const out: TopElement[] = [];
  const re =
    /<(\/?)([\w.-]+:)?([\w.-]+)(?=[\s/>])[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  re.lastIndex = root.index + root[0].length;
  let depth = 0;
  let current: { name: string; start: number } | null = null;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[3] === undefined) continue; // comment, CDATA or processing instruction
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (depth === 0) {
      if (closing) break; // the root's end
      if (selfClosing) {
        out.push({ name: m[3], start: m.index, end: m.index + m[0].length, xml: m[0] });
        continue;
      }
      current = { name: m[3], start: m.index };
      depth = 1;
      if (m[3] === "sheetData") {
        // Rows hold no nested sheetData: jump to its end instead of visiting every cell's tags.
        const close = indexOutside(xml, `</${m[2] ?? ""}sheetData>`, re.lastIndex);
        if (close >= 0) re.lastIndex = close;
      }
    } else if (closing) {
      depth--;
      if (depth === 0 && current) {
        const end = m.index + m[0].length;
        out.push({
          name: current.name,
          start: current.start,
          end,
          xml: xml.slice(current.start, end),
        });
        current = null;
      }
    } else if (!selfClosing) depth++;
  }
  return out;
}

/** Where new conditional formats go: after the last element that must precede them. */
export function cfInsertionPoint(xml: string): number {
  let at = -1;
  for (const e of topElements(xml)) {
    if (BEFORE_CF.has(e.name)) at = e.end;
    else break;
  }
  if (at < 0) throw new Error("la hoja no tiene la estructura esperada (sheetData).");
  return at;
}

/** The `<conditionalFormatting>` XML for Semáforo's blocks on one sheet. */
export function formatsXml(
  formats: readonly PlannedFormat[],
  dxfIdOf: (fill: string, font: string) => number,
  firstPriority: number,
  prefix: string
): string {
  let priority = firstPriority;
  return formats
    .map((f) => {
      const rules = f.rules
        .map((rule) => {
          const formula = escapeXml(`${CF_MARKER}+(${rule.formula})`);
          return (
            `<${prefix}cfRule type="expression" dxfId="${dxfIdOf(rule.fill, rule.font)}" priority="${priority++}" stopIfTrue="1">` +
            `<${prefix}formula>${formula}</${prefix}formula></${prefix}cfRule>`
          );
        })
        .join("");
      return `<${prefix}conditionalFormatting sqref="${f.range}">${rules}</${prefix}conditionalFormatting>`;
    })
    .join("");
}

/** The highest cfRule priority already on the sheet (new rules go after the planner's). */
export function maxPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*\spriority="(\d+)"/g)) {
    max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** Whether a `<conditionalFormatting>` element is Semáforo's: every rule carries the marker. */
export function isOwnFormat(element: string): boolean {
  const formulas = [...element.matchAll(/<(?:[\w.-]+:)?formula>([\s\S]*?)<\//g)].map((m) =>
    unescapeXml(m[1] ?? "")
  );
  return formulas.length > 0 && formulas.every((f) => f.startsWith(CF_MARKER));
}
