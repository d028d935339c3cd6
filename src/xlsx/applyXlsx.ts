import ExcelJS from "exceljs";
import { rename, unlink } from "node:fs/promises";
import { dirname, basename, join, resolve } from "node:path";
import { buildWritePlan } from "../core/plan/buildPlan";
import { readSettings } from "../core/plan/settings";
import type { PlanOptions, PlannedCell, PlannedFormat, WritePlan } from "../core/plan/writePlan";
import { toFileFormula } from "./fileFormula";
import { sheetFromWorksheet } from "./readXlsx";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * Applies the write plan to an .xlsx: reads `input` once with ExcelJS (styles preserved), builds
 * the plan from its sheets, writes formulas with their cached values, replaces Semáforo's own
 * conditional formats, and saves to a temporary file renamed over `output`. `input` is never
 * modified.
 */
export async function applyToXlsx(
  input: string,
  output: string,
  options: PlanOptions
): Promise<WritePlan> {
  if (resolve(input) === resolve(output)) {
    throw new Error(
      "la salida debe ser un archivo distinto de la entrada (la entrada nunca se modifica)."
    );
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const sheets = workbook.worksheets.map(sheetFromWorksheet);
  const previous = readSettings(sheets);
  const plan = buildWritePlan(sheets, options);

  for (const s of plan.sheets) {
    const old = workbook.getWorksheet(s.name);
    if (old) workbook.removeWorksheet(old.id);
    const ws = workbook.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  for (const cell of plan.cells) writeCell(workbook, cell);
  const ownRanges = new Set([...(previous?.celdas ?? []), ...plan.settings.celdas].map(rangeOf));
  for (const ws of workbook.worksheets) removeOwnFormats(ws, ownRanges);
  plan.formats.forEach((f, i) => addFormat(workbook, f, i));

  const tmp = join(dirname(resolve(output)), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(tmp);
    await rename(tmp, output);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  return plan;
}

function rangeOf(owned: string): string {
  return owned.slice(owned.lastIndexOf("!") + 1);
}

function writeCell(workbook: ExcelJS.Workbook, planned: PlannedCell) {
  const ws = workbook.getWorksheet(planned.sheet);
  if (!ws) return;
  const cell = ws.getCell(planned.address);
  if (planned.formula) {
    const result = planned.value === null ? undefined : planned.value;
    cell.value = { formula: toFileFormula(planned.formula), result } as ExcelJS.CellFormulaValue;
  } else {
    // Text stays text: ExcelJS writes strings as strings, never as formulas.
    cell.value = planned.value;
  }
  if (planned.style === "percent") cell.numFmt = "0.00";
  if (planned.style === "title") cell.font = { bold: true, size: 12 };
  if (planned.style === "header") {
    // Our new column: wide enough for its header (only ever widened, never narrowed).
    const column = ws.getColumn(Number(cell.col));
    column.width = Math.max(column.width ?? 0, 16);
    const col = Number(cell.col);
    const left = col > 1 ? ws.getCell(Number(cell.row), col - 1) : null;
    cell.font = left?.font && Object.keys(left.font).length ? { ...left.font } : { bold: true };
    if (left?.fill && (left.fill as ExcelJS.FillPattern).pattern)
      cell.fill = { ...(left.fill as ExcelJS.FillPattern) };
    if (left?.border) cell.border = { ...left.border };
    cell.alignment = {
      ...(left?.alignment ?? {}),
      wrapText: true,
      horizontal: "center",
      vertical: "middle",
    };
  }
}

type WorksheetWithFormats = ExcelJS.Worksheet & { conditionalFormattings: { ref: string }[] };

/** Drops conditional formats Semáforo wrote before (same ranges); the planner's own stay. */
function removeOwnFormats(ws: ExcelJS.Worksheet, own: Set<string>) {
  const list = (ws as WorksheetWithFormats).conditionalFormattings;
  if (!Array.isArray(list)) return;
  (ws as WorksheetWithFormats).conditionalFormattings = list.filter((cf) => !own.has(cf.ref));
}

function addFormat(workbook: ExcelJS.Workbook, f: PlannedFormat, index: number) {
  const ws = workbook.getWorksheet(f.sheet);
  if (!ws) return;
  ws.addConditionalFormatting({
    ref: f.range,
    rules: f.rules.map((rule, i) => ({
      type: "expression",
      priority: index * 10 + i + 1,
      stopIfTrue: true,
      formulae: [rule.formula],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
        font: { color: { argb: argb(rule.font) } },
      },
    })) as ExcelJS.ConditionalFormattingRule[],
  });
}
