import { removeDefinedNames, toFileDefinition } from "../definedNames";
import { workbookFunctions } from "../../core/planFunctions/workbookFunctions";
import { isResultHeader } from "../../core/plan/removalPlan";
import { readSettings } from "../../core/plan/settings";
import { SETTINGS_SHEET, SUMMARY_SHEET } from "../../core/plan/writePlan";
import { a1, parseRangeA1, quoteSheet } from "../../core/sheet/address";
import { cellAt, cellText, type CellValue, type SheetData } from "../../core/sheet/sheetData";
import { isOwnFormat, topElements } from "./conditionalFormats";
import type { PackageEditor } from "./packageEditor";
import { ReadLimitError } from "./readGuard";
import { attrOf } from "./xmlText";

/** How far above a colour block its result header may sit (a header of up to a few rows). */
const HEADER_REACH = 10;

/**
 * The sheets with Semáforo's settings completed from its markers in the package: every colour
 * block whose rules carry N("semaforo") (with its result column's header above it) and every
 * workbook function defined exactly as Semáforo defines it. So a workbook whose settings sheet
 * was deleted, sheets copied into another workbook, or a file of an older version are still
 * recognised: `quitar` takes out what is there and a new `apply` rewrites the same column
 * instead of adding another. Nothing of the package changes here.
 */
export async function withRecoveredSettings(
  editor: PackageEditor,
  sheets: readonly SheetData[]
): Promise<SheetData[]> {
  const settings = readSettings(sheets);
  const known = new Set(settings?.celdas ?? []);
  const celdas: string[] = [];
  for (const entry of editor.pkg.sheets) {
    if (entry.name === SETTINGS_SHEET || entry.name === SUMMARY_SHEET) continue;
    if (!editor.has(entry.path)) continue;
    const xml = await peekUnlessHuge(editor, entry.path);
    if (xml === null || !xml.includes("semaforo")) continue;
    const data = sheets.find((s) => s.name === entry.name);
    for (const e of topElements(xml)) {
      if (e.name !== "conditionalFormatting" || !isOwnFormat(e.xml)) continue;
      const range = attrOf(e.xml, "sqref") ?? "";
      const ref = `${quoteSheet(entry.name)}!${range}`;
      if (known.has(ref) || !parseRangeA1(range)) continue;
      known.add(ref);
      celdas.push(ref, ...(data ? headerAbove(data, range) : []));
    }
  }
  const names = await ownNames(editor, new Set(settings?.nombres ?? []));
  if (celdas.length === 0 && names.length === 0) return [...sheets];
  return withSettingsRows(sheets, {
    celdas: [...(settings?.celdas ?? []), ...celdas],
    nombres: [...(settings?.nombres ?? []), ...names],
  });
}

/**
 * A part's text, or null when it is larger than the editor holds: such a sheet is not one
 * apply writes into, and refusing the whole workbook for it would be wrong.
 */
async function peekUnlessHuge(editor: PackageEditor, path: string): Promise<string | null> {
  try {
    return await editor.peek(path);
  } catch (error) {
    if (error instanceof ReadLimitError) return null;
    throw error;
  }
}

/** The result header above a block (and the label copied under it), as cell references. */
function headerAbove(sheet: SheetData, range: string): string[] {
  const block = parseRangeA1(range);
  if (!block) return [];
  const col = block.left;
  const texts: number[] = [];
  for (let r = block.top - 1; r >= Math.max(0, block.top - HEADER_REACH); r--) {
    if (sheet.formulas?.has(a1(r, col))) return []; // another block of the column
    const text = cellText(cellAt(sheet, r, col));
    if (text === "") continue;
    texts.push(r);
    if (isResultHeader(text))
      return texts.map((row) => `${quoteSheet(sheet.name)}!${a1(row, col)}`);
  }
  return [];
}

/** Workbook functions defined with exactly Semáforo's text and not yet listed. */
async function ownNames(editor: PackageEditor, listed: ReadonlySet<string>): Promise<string[]> {
  const xml = await editor.peek(editor.pkg.workbookPath);
  if (!xml.includes("definedName")) return [];
  const defs = workbookFunctions()
    .filter((fn) => !listed.has(fn.name))
    .map(toFileDefinition);
  // A name that removing would take (its text is exactly Semáforo's) is Semáforo's.
  return removeDefinedNames(xml, defs).removed;
}

/** The sheets with the settings' «celdas» and «nombres» rows replaced (the sheet made if absent). */
function withSettingsRows(
  sheets: readonly SheetData[],
  values: { celdas: string[]; nombres: string[] }
): SheetData[] {
  const own = sheets.find((s) => s.name === SETTINGS_SHEET);
  const rows: CellValue[][] = (own?.rows ?? [["clave", "valor"]]).filter(
    (row) => !row || !["celdas", "nombres"].includes(cellText(row[0]))
  );
  rows.push(["celdas", values.celdas.join(";")], ["nombres", values.nombres.join(";")]);
  const settings: SheetData = { name: SETTINGS_SHEET, rows, merges: [], formulas: new Map() };
  return own ? sheets.map((s) => (s === own ? settings : s)) : [...sheets, settings];
}
