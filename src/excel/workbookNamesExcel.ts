import { LAMBDA_PROBE, type WorkbookName } from "../core/planFunctions/libroMode";
import type { NameChanges } from "../core/port/workbookPort";
import type { ExcelRunner } from "./requirements";

/** A scratch sheet for the probe, removed in the same run. */
const PROBE_SHEET = "Semaforo_Prueba";

/**
 * Whether the host calculates LAMBDA: the probe formula goes into a scratch sheet, its value is
 * read, and the sheet is deleted. Excel 365 and 2024 give 2; Excel 2021 and older give #NAME?.
 */
export async function supportsLambdaExcel(run: ExcelRunner): Promise<boolean> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const old = sheets.getItemOrNullObject(PROBE_SHEET);
    await context.sync();
    if (!old.isNullObject) old.delete();
    const sheet = sheets.add(PROBE_SHEET);
    const cell = sheet.getRange("A1");
    cell.formulas = [[LAMBDA_PROBE.formula]];
    cell.load("values");
    await context.sync();
    const value = cell.values[0]?.[0];
    sheet.delete();
    await context.sync();
    return value === LAMBDA_PROBE.value;
  });
}

const same = (a: string, b: string) => a.replace(/^=/, "") === b.replace(/^=/, "");

/**
 * Defines the workbook functions through `workbook.names.add(name, formula, comment)`. A name
 * defined the same way is left alone; one defined otherwise is a conflict, replaced only when the
 * planner listed it in `replace`. With `dryRun` nothing is written: the pane asks first.
 */
export async function defineNamesExcel(
  run: ExcelRunner,
  names: readonly WorkbookName[],
  replace: readonly string[],
  dryRun: boolean
): Promise<NameChanges> {
  return run(async (context) => {
    const items = names.map((n) => context.workbook.names.getItemOrNullObject(n.name));
    items.forEach((item) => item.load("formula"));
    await context.sync();
    const changes: NameChanges = { added: [], unchanged: [], replaced: [], conflicts: [] };
    names.forEach((n, i) => {
      const item = items[i] as Excel.NamedItem;
      if (item.isNullObject) {
        changes.added.push(n.name);
        if (!dryRun) context.workbook.names.add(n.name, n.formula, n.comment);
      } else if (same(item.formula, n.formula)) {
        changes.unchanged.push(n.name);
      } else if (replace.includes(n.name)) {
        changes.replaced.push(n.name);
        if (!dryRun) {
          item.delete();
          context.workbook.names.add(n.name, n.formula, n.comment);
        }
      } else {
        changes.conflicts.push({ name: n.name, existing: item.formula });
      }
    });
    if (!dryRun) await context.sync();
    return changes;
  });
}

/** Removes the names Semáforo defined, only while they still hold its definition. */
export async function removeNamesExcel(
  run: ExcelRunner,
  names: readonly WorkbookName[]
): Promise<void> {
  if (names.length === 0) return;
  await run(async (context) => {
    const items = names.map((n) => context.workbook.names.getItemOrNullObject(n.name));
    items.forEach((item) => item.load("formula"));
    await context.sync();
    names.forEach((n, i) => {
      const item = items[i] as Excel.NamedItem;
      if (!item.isNullObject && same(item.formula, n.formula)) item.delete();
    });
    await context.sync();
  });
}
