import { settingsCells } from "../core/plan/settings";
import { SETTINGS_SHEET, type PlannedFormat, type WritePlan } from "../core/plan/writePlan";
import { REQUEST_BUDGET } from "./payload";
import { toRuns, type Run } from "./writeRuns";

/** Rewrites the hidden settings sheet in place (created when missing). */
export function writeSettings(
  sheets: Excel.WorksheetCollection,
  existing: Excel.Worksheet | null,
  settings: WritePlan["settings"]
): Excel.Worksheet {
  let ws = existing;
  if (!ws) {
    ws = sheets.add(SETTINGS_SHEET);
    ws.visibility = "Hidden" as Excel.SheetVisibility;
  }
  ws.getRange("A:B").clear("Contents" as Excel.ClearApplyTo);
  for (const r of toRuns(SETTINGS_SHEET, settingsCells(settings), REQUEST_BUDGET)) queueRun(ws, r);
  return ws;
}

export function queueRun(ws: Excel.Worksheet, r: Run) {
  const range = ws.getRange(r.address);
  range.formulas = r.formulas as unknown as string[][];
  if (r.percent) range.numberFormat = r.formulas.map(() => ["0.00"]);
  if (r.header) range.format.font.bold = true;
}

/** Replaces the semáforo on our own result block: clear it, then one custom rule per level. */
export function queueFormat(ws: Excel.Worksheet, f: PlannedFormat) {
  const range = ws.getRange(f.range);
  range.conditionalFormats.clearAll();
  f.rules.forEach((rule, i) => {
    const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=${rule.formula}`;
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.font;
    cf.priority = i;
    cf.stopIfTrue = true;
  });
}

/** Settings are text: a value that looks like a formula is written as text. */
export const asText = (v: unknown) => {
  const s = String(v);
  return /^[=+\-@']/.test(s) ? `'${s}` : s;
};
