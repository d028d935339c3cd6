import type { DetectedMatrix } from "../detect/matrix";
import { kindOf } from "../kinds/registry";
import type { Item } from "../measure/item";
import type { Scale } from "../scales/scale";
import { a1, quoteSheet, rangeA1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { formulaFor } from "./calcFormula";
import { evaluate } from "../measure/evaluate";
import type { LibroCall } from "../planFunctions/libroMode";
import type { OwnedCells } from "./ownership";
import { semaforoRules } from "./semaforoRules";
import type { PlacedResult } from "./placedResult";
import type { PlanOptions, WritePlan } from "./writePlan";

export interface PlacementContext {
  sheet: SheetData;
  options: PlanOptions;
  owned: OwnedCells;
  plan: WritePlan;
  /** Workbook-function calls written («libro» mode), for the names the workbook must define. */
  calls: LibroCall[];
}

/** The results placed in a matrix, by the role of their item. */
export interface PlacedCells {
  aeiCells: PlacedResult[];
  aoCells: PlacedResult[];
  indicadorCells: PlacedResult[];
}

/**
 * Places a matrix's results: one column (its own avance column when free, else the first free one
 * to the right, or the one an earlier run used), a header, one formula per item — built from the
 * item's calc, cached with the item's value — and a semáforo block per run of rows. Cells holding
 * the planner's data are conflicts, skipped unless `force`.
 */
/** Whether an item gets a result cell: it has a calc, unless it is an indicator embedded in its AEI's row (it reports there). */
export const placesResult = (i: Item): boolean =>
  !!i.calc && !(i.type === "indicador" && i.embedded);

export function placeResults(
  ctx: PlacementContext,
  m: DetectedMatrix,
  items: readonly Item[],
  scale: Scale
): PlacedCells | null {
  const kind = kindOf(m.kind);
  const targets = items.filter(placesResult).sort((a, b) => a.row - b.row);
  const header = kind.result?.header(m);
  if (targets.length === 0 || !kind.result || !header) return null;
  const col = chooseColumn(ctx, m, targets, kind.result.column?.(m));
  const at = (item: { row: number }) => a1(item.row, col);
  // A header naming its own period («Avance 2025 …») needs no period label copied under it.
  placeHeader(ctx, m, col, header, kind.result.namesPeriod);
  const written: Item[] = [];
  for (const t of targets) {
    const address = at(t);
    if (!ctx.owned.isOurs(ctx.sheet, t.row, col) && !ctx.options.force) {
      ctx.plan.conflicts.push({
        sheet: ctx.sheet.name,
        cell: address,
        existing: cellText(cellAt(ctx.sheet, t.row, col)),
        reason: `la celda tiene datos del planificador; no se escribió el avance de ${t.code}.`,
      });
      continue;
    }
    const result = formulaFor(t.calc as NonNullable<Item["calc"]>, ctx.options.mode, at);
    if (result.call) ctx.calls.push(result.call);
    if (result.note) ctx.plan.notes.push(`${ctx.sheet.name}!${address}: ${result.note}`);
    if (result.formula === null) continue;
    ctx.plan.cells.push({
      sheet: ctx.sheet.name,
      address,
      formula: result.formula,
      value: t.value,
      style: "percent",
      dynamic: result.call ? true : undefined,
      array: result.array,
      error: cachedError(t),
    });
    written.push(t);
  }
  for (const [top, bottom] of runs(written.map((t) => t.row))) {
    const range = rangeA1(top, col, bottom, col);
    ctx.plan.formats.push({
      sheet: ctx.sheet.name,
      range,
      rules: semaforoRules(a1(top, col), scale),
    });
    ctx.plan.settings.celdas.push(`${quoteSheet(ctx.sheet.name)}!${range}`);
  }
  const placed = (role: Item["role"]) =>
    written
      // A marked subtotal line is written but not counted: its lines below are.
      .filter((t) => t.role === role && !t.subtotal)
      .map((t) => ({ code: t.code, cell: at(t), value: t.value }));
  return { aeiCells: placed("aei"), aoCells: placed("ao"), indicadorCells: placed("indicador") };
}

/**
 * The error an item's formula shows (#N/A for an avance that cannot be calculated, #VALUE! for an
 * unreadable input), cached as the error itself so the file shows what Excel will compute.
 */
function cachedError(item: Item): string | undefined {
  if (item.value !== null || !item.calc) return undefined;
  return evaluate(item.calc).error?.excelText;
}

/** Consecutive runs of rows, for one conditional-format block each. */
function runs(rows: number[]): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** The column an earlier run wrote; else the matrix's own result column if free; else the first free one to the right. */
function chooseColumn(
  ctx: PlacementContext,
  m: DetectedMatrix,
  targets: readonly Item[],
  own: number | undefined
): number {
  const first = targets[0] as Item;
  for (let c = m.header.left; c < m.header.right + 200; c++) {
    if (ctx.owned.has(ctx.sheet.name, a1(first.row, c))) return c;
  }
  if (own !== undefined && targets.every((t) => ctx.owned.isOurs(ctx.sheet, t.row, own)))
    return own;
  const last = Math.max(m.lastRow, m.header.bottom);
  for (let c = m.header.right + 1; c < m.header.right + 200; c++) {
    let free = true;
    for (let r = m.header.top; r <= last && free; r++) free = ctx.owned.isOurs(ctx.sheet, r, c);
    if (free) return c;
  }
  return m.header.right + 1;
}

function placeHeader(
  ctx: PlacementContext,
  m: DetectedMatrix,
  col: number,
  text: string,
  dated: boolean
) {
  const { top, bottom } = m.header;
  const put = (row: number, value: string) => {
    ctx.plan.cells.push({
      sheet: ctx.sheet.name,
      address: a1(row, col),
      value,
      text: true,
      style: "header",
    });
    ctx.plan.settings.celdas.push(`${quoteSheet(ctx.sheet.name)}!${a1(row, col)}`);
  };
  if (ctx.owned.isOurs(ctx.sheet, top, col, text)) put(top, text);
  const label = dated
    ? ""
    : m.header.columns.avances[0]?.label || m.header.columns.valores[0]?.label || "";
  if (bottom > top && ctx.owned.isOurs(ctx.sheet, bottom, col, label)) put(bottom, label);
}
