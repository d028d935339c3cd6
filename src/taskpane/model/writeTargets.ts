import type { MatrixReport } from "../../core/check/checkSheets";
import { SETTINGS_SHEET, SUMMARY_SHEET, type WritePlan } from "../../core/plan/writePlan";
import type { ExpectedCell } from "../../core/port/workbookPort";
import { parseA1 } from "../../core/sheet/address";
import type { SheetData } from "../../core/sheet/sheetData";

/** Where a plan writes on one sheet, in a planner's terms. */
export interface SheetTarget {
  sheet: string;
  /** Column letters that receive formulas («G»). */
  columns: string[];
  formulas: number;
  /** Cells painted by a semáforo rule. */
  painted: number;
}

const column = (address: string) => address.replace(/\d+$/, "");

/** Per sheet: the columns, formulas and semáforo cells a plan writes (its own sheets left out). */
export function writeTargets(plan: WritePlan): SheetTarget[] {
  const out = new Map<string, SheetTarget>();
  const get = (sheet: string) => {
    let t = out.get(sheet);
    if (!t) out.set(sheet, (t = { sheet, columns: [], formulas: 0, painted: 0 }));
    return t;
  };
  for (const c of plan.cells) {
    if (c.sheet === SUMMARY_SHEET || c.sheet === SETTINGS_SHEET || !c.formula) continue;
    const t = get(c.sheet);
    t.formulas++;
    if (!t.columns.includes(column(c.address))) t.columns.push(column(c.address));
  }
  for (const f of plan.formats) {
    const [a, b] = f.range.split(":").map((x) => parseA1(x ?? ""));
    if (a) get(f.sheet).painted += (b ?? a).row - a.row + 1;
  }
  return [...out.values()];
}

/** What a cell holds as Excel's formulas array shows it: the formula, else the value, "" if empty. */
export function contentOf(sheet: SheetData, address: string): string {
  const formula = sheet.formulas?.get(address);
  if (formula) return formula;
  const p = parseA1(address);
  const v = p ? (sheet.rows[p.row]?.[p.col] ?? null) : null;
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString();
  return typeof v === "object" ? "" : String(v);
}

/** The target cells as the plan saw them, so the write can stop if the planner changed one since. */
export function expectedCells(plan: WritePlan, sheets: readonly SheetData[]): ExpectedCell[] {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return plan.cells
    .filter((c) => c.sheet !== SUMMARY_SHEET && c.sheet !== SETTINGS_SHEET && byName.has(c.sheet))
    .map((c) => ({
      sheet: c.sheet,
      address: c.address,
      content: contentOf(byName.get(c.sheet) as SheetData, c.address),
    }));
}

/** Errors still open in the matrices of the sheets a plan writes to. */
export function openErrors(
  targets: readonly SheetTarget[],
  reports: readonly { sheet: string; report: MatrixReport }[]
): number {
  const sheets = new Set(targets.map((t) => t.sheet));
  return reports
    .filter((r) => sheets.has(r.sheet))
    .reduce((n, r) => n + r.report.findings.filter((f) => f.severity === "error").length, 0);
}
