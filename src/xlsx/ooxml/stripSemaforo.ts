import type { RemovalPlan } from "../../core/plan/removalPlan";
import { SETTINGS_SHEET } from "../../core/plan/writePlan";
import { parseA1 } from "../../core/sheet/address";
import { cellText, type SheetData } from "../../core/sheet/sheetData";
import { emptiedCell, hasFormula } from "./cellXml";
import { isOwnFormat, topElements } from "./conditionalFormats";
import type { PackageEditor } from "./packageEditor";
import { editRowCells, type CellEdit, type RowEdit } from "./sheetRows";
import { parseExtentRecord, restoreSpans, setDimension } from "./sheetExtent";
import { ReadLimitError } from "./readGuard";
import { removeDxfs } from "./stylesDxf";
import { removeSheetCharts } from "./summaryChartParts";
import { stripWorkbookFunctions } from "./workbookFunctionsPart";
import { removeSheet, type SheetLists } from "./workbookSheets";
import { dirOf, relationships, relsPathOf } from "./xlsxPackage";
import { attrOf } from "./xmlText";

/** Settings key (adapter-only) recording how `<dxfs>` looked before Semáforo added to it. */
export const DXFS_ORIGIN_KEY = "xlsx_dxfs_origen";
/** Settings key (adapter-only): the planner's `<definedName>` elements Semáforo replaced (JSON). */
export const NAMES_ORIGIN_KEY = "xlsx_nombres_origen";
/** Settings key (adapter-only): the `<dimension>` and row spans before Semáforo widened them. */
export const EXTENT_ORIGIN_KEY = "xlsx_extension_origen";

/**
 * Takes out of the package exactly what the removal plan lists: its cells (a cell Semáforo
 * created disappears, a planner's styled cell becomes empty again), its marked conditional
 * formats and their differential styles, and its sheets. Everything else keeps its bytes.
 */
export async function stripSemaforo(
  editor: PackageEditor,
  sheets: readonly SheetData[],
  plan: RemovalPlan
): Promise<void> {
  const entries = editor.pkg.sheets;
  const removedFormulas = new Set<string>();
  const dxfIds = new Set<number>();
  const extents = parseExtentRecord(settingValue(sheets, EXTENT_ORIGIN_KEY));
  for (const entry of entries) {
    const extent = Object.hasOwn(extents, entry.name) ? extents[entry.name] : undefined;
    const cells = plan.cells.filter((c) => c.sheet === entry.name);
    const ranges = new Set(plan.formats.filter((f) => f.sheet === entry.name).map((f) => f.range));
    if (cells.length === 0 && ranges.size === 0) continue;
    // The sheet streams through once, row by row; its outline (no rows) is edited as text.
    const draft = await editor.sheet(entry.path);
    let xml = draft.skeleton;
    const prefix = /<([\w.-]+:)?sheetData[\s/>]/.exec(xml)?.[1] ?? "";
    const byRow = new Map<number, Map<number, CellEdit>>();
    for (const c of cells) {
      const at = parseA1(c.address);
      if (!at) continue;
      const row = byRow.get(at.row) ?? new Map<number, CellEdit>();
      row.set(at.col, (existing) => {
        if (existing === null) return null;
        if (hasFormula(existing)) removedFormulas.add(c.address);
        return emptiedCell(existing);
      });
      byRow.set(at.row, row);
    }
    const rowEdits = new Map<number, RowEdit>();
    for (const [row, edits] of byRow) {
      rowEdits.set(row, (rowXml) => {
        if (rowXml === null) return null;
        const edited = restoreSpans(
          editRowCells(rowXml, row, edits, prefix) as string,
          row,
          extent
        );
        const empty = new RegExp(`^(<[^>]*)></${prefix}row>$`).exec(edited);
        if (!empty) return edited;
        // A row left empty: one Semáforo created (only its number) goes; another closes again.
        return /^<[\w.:-]+\s+r="\d+"$/.test(empty[1] as string) ? null : `${empty[1]}/>`;
      });
    }
    draft.editRows(rowEdits);
    if (typeof extent?.dim === "string") xml = setDimension(xml, extent.dim);
    for (const e of topElements(xml).reverse()) {
      if (e.name !== "conditionalFormatting") continue;
      const sqref = attrOf(e.xml, "sqref") ?? "";
      if (!ranges.has(sqref) || !isOwnFormat(e.xml)) continue;
      for (const m of e.xml.matchAll(/\sdxfId="(\d+)"/g)) dxfIds.add(Number(m[1]));
      xml = xml.slice(0, e.start) + xml.slice(e.end);
    }
    draft.skeleton = xml;
    await draft.commit(); // finds which removed cells held formulas
  }
  await removeSheets(editor, plan.sheets);
  await stripWorkbookFunctions(editor, plan.names, replacedNames(sheets));
  await restoreDxfs(editor, dxfIds, settingValue(sheets, DXFS_ORIGIN_KEY));
  if (removedFormulas.size > 0) await dropStaleCalcChain(editor, removedFormulas);
}

async function lists(editor: PackageEditor): Promise<SheetLists> {
  return {
    workbook: await editor.text(editor.pkg.workbookPath),
    rels: await editor.text(editor.pkg.workbookRelsPath),
    types: await editor.text("[Content_Types].xml"),
  };
}

async function saveLists(editor: PackageEditor, l: SheetLists) {
  const before = await lists(editor);
  if (l.workbook !== before.workbook) editor.set(editor.pkg.workbookPath, l.workbook);
  if (l.rels !== before.rels) editor.set(editor.pkg.workbookRelsPath, l.rels);
  if (l.types !== before.types) editor.set("[Content_Types].xml", l.types);
}

async function removeSheets(editor: PackageEditor, names: readonly string[]) {
  let l = await lists(editor);
  for (const name of names) {
    const entries = editor.pkg.sheets;
    const index = entries.findIndex((e) => e.name === name);
    const entry = entries[index];
    if (!entry) continue;
    const all = [...l.workbook.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)].map((m) => m[0]);
    l = removeSheet(l, entry, all.indexOf(entry.element), all.length);
    l = { ...l, types: await removeSheetCharts(editor, entry.path, l.types) };
    editor.remove(entry.path);
    if (editor.has(relsPathOf(entry.path))) editor.remove(relsPathOf(entry.path));
    entries.splice(index, 1);
  }
  await saveLists(editor, l);
}

async function restoreDxfs(editor: PackageEditor, ids: ReadonlySet<number>, origin: string | null) {
  if (ids.size === 0) return;
  const rels = relationships(
    await editor.text(editor.pkg.workbookRelsPath),
    dirOf(editor.pkg.workbookPath)
  );
  const stylesPath = rels.find((r) => r.type.endsWith("/styles"))?.target;
  if (!stylesPath || !editor.has(stylesPath)) return;
  const usedElsewhere = new Set<number>();
  for (const path of editor.paths()) {
    if (!/\.xml$/.test(path) || path === stylesPath || !path.startsWith("xl/")) continue;
    if (/sharedStrings|calcChain|pivotCacheRecords/.test(path)) continue;
    let xml: string;
    try {
      xml = await editor.outlineOrText(path);
    } catch (error) {
      // A part too large to read might use the styles: they stay as they are.
      if (error instanceof ReadLimitError) return;
      throw error;
    }
    for (const m of xml.matchAll(/[dD]xfId="(\d+)"/g)) usedElsewhere.add(Number(m[1]));
  }
  const styles = await editor.text(stylesPath);
  const restored = removeDxfs(styles, ids, usedElsewhere, origin || null);
  if (restored !== styles) editor.set(stylesPath, restored);
}

/** calcChain.xml listing cells that no longer hold formulas makes Excel repair the file: drop it. */
async function dropStaleCalcChain(editor: PackageEditor, removed: ReadonlySet<string>) {
  const rels = relationships(
    await editor.text(editor.pkg.workbookRelsPath),
    dirOf(editor.pkg.workbookPath)
  );
  const rel = rels.find((r) => r.type.endsWith("/calcChain"));
  if (!rel || !editor.has(rel.target)) return;
  const chain = await editor.text(rel.target);
  const listed = [...chain.matchAll(/\sr="([A-Z]+\d+)"/g)].some((m) => removed.has(m[1] as string));
  if (!listed) return;
  const l = await lists(editor);
  editor.remove(rel.target);
  await saveLists(editor, {
    workbook: l.workbook,
    rels: l.rels.replace(rel.element, ""),
    types: l.types.replace(
      new RegExp(`<Override[^>]*PartName="/${rel.target.replace(/\./g, "\\.")}"[^>]*/>`),
      ""
    ),
  });
}

/** The planner's names Semáforo replaced, as the settings sheet recorded them. */
function replacedNames(sheets: readonly SheetData[]): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(settingValue(sheets, NAMES_ORIGIN_KEY) || "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** A value the adapter stored in the settings sheet (column A key, column B value). */
export function settingValue(sheets: readonly SheetData[], key: string): string | null {
  const sheet = sheets.find((s) => s.name === SETTINGS_SHEET);
  for (const row of sheet?.rows ?? []) if (row && cellText(row[0]) === key) return cellText(row[1]);
  return null;
}
