import type { PlannedCell, PlannedFormat, WritePlan } from "../../core/plan/writePlan";
import { SETTINGS_SHEET, SUMMARY_SHEET, type SummaryChart } from "../../core/plan/writePlan";
import { parseA1 } from "../../core/sheet/address";
import { dynamicFormulaCellXml } from "../dynamicArrayCell";
import { toFileFormula } from "../fileFormula";
import { cellXml } from "./cellXml";
import { writeWorkbookFunctions } from "./workbookFunctionsPart";
import { cfInsertionPoint, formatsXml, maxPriority } from "./conditionalFormats";
import type { PackageEditor } from "./packageEditor";
import { editRowCells, editRows, type CellEdit, type RowEdit } from "./sheetRows";
import { DXFS_ORIGIN_KEY, EXTENT_ORIGIN_KEY, NAMES_ORIGIN_KEY } from "./stripSemaforo";
import { extentRecord, widenDimension, widenSpans, type ExtentOrigin } from "./sheetExtent";
import { addDxfs } from "./stylesDxf";
import { addSummaryCharts } from "./summaryChartParts";
import { addSheet } from "./workbookSheets";
import { dirOf, relationships } from "./xlsxPackage";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Writes a plan into the package surgically: cells into the rows of the sheets that get them,
 * conditional formats in schema order with their styles appended to `<dxfs>`, and the plan's own
 * sheets as new parts. Parts the plan does not concern are never read.
 */
export async function writeSemaforo(
  editor: PackageEditor,
  plan: WritePlan,
  replaceNames: readonly string[] = []
): Promise<void> {
  const newSheets = new Set(plan.sheets.map((s) => s.name));
  const originals: Record<string, string> = {};
  const cm = await writeWorkbookFunctions(editor, plan, replaceNames, originals);
  const origin = await writeDxfsAndFormats(editor, plan.formats);
  const extents: Record<string, ExtentOrigin> = {};
  for (const entry of editor.pkg.sheets) {
    if (newSheets.has(entry.name)) continue;
    const cells = plan.cells.filter((c) => c.sheet === entry.name);
    if (cells.length === 0) continue;
    // The sheet streams through once, row by row; its outline takes the widened dimension.
    const draft = await editor.sheet(entry.path);
    const origin: ExtentOrigin = {};
    draft.editRows(cellRowEdits(cells, cm, dataPrefix(draft.skeleton), origin));
    draft.skeleton = widenDimension(
      draft.skeleton,
      cells.map((c) => c.address),
      origin
    );
    await draft.commit(); // fills `origin` with the spans it widened
    extents[entry.name] = origin;
  }
  for (const s of plan.sheets) {
    const cells = plan.cells.filter((c) => c.sheet === s.name);
    if (s.name === SETTINGS_SHEET)
      cells.push(
        ...adapterSettings(cells, [
          [DXFS_ORIGIN_KEY, origin],
          [NAMES_ORIGIN_KEY, Object.keys(originals).length > 0 ? JSON.stringify(originals) : null],
          [EXTENT_ORIGIN_KEY, extentRecord(extents)],
        ])
      );
    const charts = s.name === SUMMARY_SHEET ? (plan.summaryCharts ?? []) : null;
    await addNewSheet(editor, s, cells, charts);
  }
}

/** The adapter's own keys below the settings: how the package looked before (null: nothing). */
function adapterSettings(
  cells: readonly PlannedCell[],
  values: readonly [string, string | null][]
): PlannedCell[] {
  const entries = values.filter((e): e is [string, string] => e[1] !== null);
  const first = Math.max(...cells.map((c) => parseA1(c.address)?.row ?? 0)) + 2;
  return entries.flatMap(([key, value], i) => [
    { sheet: SETTINGS_SHEET, address: `A${first + i}`, value: key, text: true },
    { sheet: SETTINGS_SHEET, address: `B${first + i}`, value, text: true },
  ]);
}

/**
 * Cells into an existing sheet's rows; every other row and element keeps its bytes. Calls to
 * workbook functions become one-cell dynamic arrays when the package has their metadata (`cm`).
 */
export function writeCells(
  xml: string,
  cells: readonly PlannedCell[],
  cm: number | null = null,
  origin?: ExtentOrigin
): string {
  const written = editRows(xml, cellRowEdits(cells, cm, dataPrefix(xml), origin));
  return origin
    ? widenDimension(
        written,
        cells.map((c) => c.address),
        origin
      )
    : written;
}

/** The namespace prefix of a worksheet's `<sheetData>` ("" for the default namespace). */
const dataPrefix = (xml: string) => /<([\w.-]+:)?sheetData[\s/>]/.exec(xml)?.[1] ?? "";

/** The row edits that write `cells`; `origin` collects the spans they widen. */
function cellRowEdits(
  cells: readonly PlannedCell[],
  cm: number | null,
  prefix: string,
  origin?: ExtentOrigin
): Map<number, RowEdit> {
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const cell of cells) {
    const at = parseA1(cell.address);
    if (!at) continue;
    const row = byRow.get(at.row) ?? new Map<number, CellEdit>();
    row.set(at.col, (existing) =>
      cell.dynamic && cm !== null && cell.formula
        ? dynamicCell(cell, existing, cm, prefix)
        : cellXml(cell, existing, prefix) || null
    );
    byRow.set(at.row, row);
  }
  const edits = new Map<number, RowEdit>();
  for (const [row, cellEdits] of byRow) {
    edits.set(row, (rowXml) => {
      const edited = editRowCells(rowXml, row, cellEdits, prefix);
      // The row's spans and the sheet's dimension keep telling the truth (streaming readers
      // such as openpyxl read only that far); `origin` remembers them for quitar.
      return edited && origin ? widenSpans(edited, [...cellEdits.keys()], origin, row) : edited;
    });
  }
  return edits;
}

/** A workbook-function call as a dynamic array, keeping the planner's style of an existing cell. */
function dynamicCell(
  cell: PlannedCell,
  existing: string | null,
  cm: number,
  prefix: string
): string {
  const style = existing
    ? /\ss="(\d+)"/.exec(/^<[^>]*>/.exec(existing)?.[0] ?? "")?.[1]
    : undefined;
  const cached = cell.error ? { error: cell.error } : cell.value === null ? "" : cell.value;
  return dynamicFormulaCellXml(
    cell.address,
    toFileFormula(cell.formula as string),
    cm,
    cached,
    style === undefined ? undefined : Number(style),
    prefix
  );
}

async function writeDxfsAndFormats(editor: PackageEditor, formats: readonly PlannedFormat[]) {
  if (formats.length === 0) return null;
  const rels = relationships(
    await editor.text(editor.pkg.workbookRelsPath),
    dirOf(editor.pkg.workbookPath)
  );
  const stylesPath = rels.find((r) => r.type.endsWith("/styles"))?.target;
  if (!stylesPath || !editor.has(stylesPath)) {
    throw new Error("el libro no tiene hoja de estilos (styles.xml); ábralo y guárdelo en Excel.");
  }
  const added = addDxfs(
    await editor.text(stylesPath),
    formats.flatMap((f) => f.rules)
  );
  editor.set(stylesPath, added.xml);
  for (const entry of editor.pkg.sheets) {
    const own = formats.filter((f) => f.sheet === entry.name);
    if (own.length === 0) continue;
    // Conditional formats sit after <sheetData>: the outline holds all of them.
    const draft = await editor.sheet(entry.path);
    const xml = draft.skeleton;
    const at = cfInsertionPoint(xml);
    const block = formatsXml(own, added.idOf, maxPriority(xml) + 1, dataPrefix(xml));
    draft.skeleton = xml.slice(0, at) + block + xml.slice(at);
  }
  return added.origin;
}

/**
 * A new sheet part. The summary (`charts` not null) prints landscape and one page wide, and gets
 * its charts.
 */
async function addNewSheet(
  editor: PackageEditor,
  sheet: WritePlan["sheets"][number],
  cells: PlannedCell[],
  charts: readonly SummaryChart[] | null
) {
  const paths = new Set(editor.paths());
  const first = editor.pkg.sheets[0]?.path ?? `${dirOf(editor.pkg.workbookPath)}worksheets/x.xml`;
  const lists = {
    workbook: await editor.text(editor.pkg.workbookPath),
    rels: await editor.text(editor.pkg.workbookRelsPath),
    types: await editor.text("[Content_Types].xml"),
  };
  const added = addSheet(
    lists,
    { paths, workbookPath: editor.pkg.workbookPath, sheetDir: dirOf(first) },
    sheet.name,
    sheet.hidden
  );
  const widths = sheet.widths ?? [];
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const drawn = charts && addSummaryCharts(editor, added.path, charts, cells, added.lists.types);
  const print = charts
    ? { pr: `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`, setup: PRINT_ONE_PAGE_WIDE }
    : { pr: "", setup: "" };
  const empty =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${print.pr}${cols}<sheetData/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${print.setup}${drawn ? drawn.drawing : ""}</worksheet>`;
  editor.set(added.path, writeCells(empty, cells));
  editor.set(editor.pkg.workbookPath, added.lists.workbook);
  editor.set(editor.pkg.workbookRelsPath, added.lists.rels);
  editor.set("[Content_Types].xml", drawn ? drawn.types : added.lists.types);
}

/** Landscape, one page wide and as many tall as needed (as the pane sets it in Excel). */
const PRINT_ONE_PAGE_WIDE = `<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>`;
