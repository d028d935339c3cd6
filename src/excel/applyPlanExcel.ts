import { parseA1 } from "../core/sheet/address";
import type { PlannedCell, PlannedFormat, WritePlan } from "../core/plan/writePlan";

/** Excel.run, or a fake with the same shape in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Requests stay under this many bytes (Excel on the web refuses payloads over 5 MB). */
export const PAYLOAD_LIMIT = 4 * 1024 * 1024;

export class ExcelHostTooOld extends Error {
  constructor(set: string) {
    super(
      `Esta versión de Excel no admite ${set}, que Semáforo necesita para escribir fórmulas y ` +
        "semáforos. Actualice Excel (Microsoft 365) o use Excel para la Web."
    );
    this.name = "ExcelHostTooOld";
  }
}

/** Throws a Spanish explanation when the host lacks the requirement set. */
export function requireApi(isSetSupported: (name: string, version: string) => boolean) {
  if (!isSetSupported("ExcelApi", "1.8")) throw new ExcelHostTooOld("ExcelApi 1.8");
}

/** A column run of cells: one range, one 2-D formulas array. */
interface Run {
  address: string;
  formulas: (string | number)[][];
  percent: boolean;
  header: boolean;
}

/**
 * Applies a write plan: per sheet, every write and semáforo rule is queued and sent with one
 * context.sync (more only when the payload passes 4 MB), with events off so live validation does
 * not react to our own writes. Returns the number of syncs, for the round-trip test.
 */
export async function applyPlanExcel(plan: WritePlan, run: ExcelRunner): Promise<number> {
  let syncs = 0;
  await run(async (context) => {
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    context.runtime.enableEvents = false;
    try {
      const sheets = context.workbook.worksheets;
      const created = new Map<string, Excel.Worksheet>();
      for (const s of plan.sheets) {
        // isNullObject is readable after the sync without a load.
        created.set(s.name, sheets.getItemOrNullObject(s.name));
      }
      await sync();
      for (const s of plan.sheets) {
        const old = created.get(s.name) as Excel.Worksheet;
        if (!old.isNullObject) old.delete();
        const ws = sheets.add(s.name);
        if (s.hidden) ws.visibility = "Hidden" as Excel.SheetVisibility;
        created.set(s.name, ws);
      }
      const bySheet = groupBySheet(plan);
      for (const [name, work] of bySheet) {
        const ws = created.get(name) ?? sheets.getItem(name);
        context.application.suspendApiCalculationUntilNextSync();
        let bytes = 0;
        for (const r of toRuns(work.cells)) {
          const size = JSON.stringify(r.formulas).length;
          if (bytes > 0 && bytes + size > PAYLOAD_LIMIT) {
            await sync();
            bytes = 0;
          }
          const range = ws.getRange(r.address);
          range.formulas = r.formulas as unknown as string[][];
          if (r.percent) range.numberFormat = r.formulas.map(() => ["0.00"]);
          if (r.header) range.format.font.bold = true;
          bytes += size;
        }
        for (const f of work.formats) queueFormat(ws, f);
        await sync();
      }
    } finally {
      context.runtime.enableEvents = true;
      await sync();
    }
  });
  return syncs;
}

function groupBySheet(plan: WritePlan) {
  const out = new Map<string, { cells: PlannedCell[]; formats: PlannedFormat[] }>();
  const get = (s: string) => {
    let v = out.get(s);
    if (!v) out.set(s, (v = { cells: [], formats: [] }));
    return v;
  };
  for (const c of plan.cells) get(c.sheet).cells.push(c);
  for (const f of plan.formats) get(f.sheet).formats.push(f);
  return out;
}

/** A formulas-array entry: the formula, a number, or text escaped so it never becomes a formula. */
function entry(c: PlannedCell): string | number {
  if (c.formula) return c.formula;
  if (typeof c.value === "number") return c.value;
  const text = c.value ?? "";
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Groups cells into vertical runs (same column, consecutive rows) to write each with one range. */
function toRuns(cells: PlannedCell[]): Run[] {
  const sorted = cells
    .map((c) => ({ c, p: parseA1(c.address) as { row: number; col: number } }))
    .sort((a, b) => a.p.col - b.p.col || a.p.row - b.p.row);
  const runs: Run[] = [];
  let current: { col: number; top: number; last: number; items: PlannedCell[] } | null = null;
  const flush = () => {
    if (!current) return;
    const colName = current.items[0]?.address.replace(/\d+$/, "") as string;
    runs.push({
      address: `${colName}${current.top + 1}:${colName}${current.last + 1}`,
      formulas: current.items.map((c) => [entry(c)]),
      percent: current.items.every((c) => c.style === "percent"),
      header: current.items.every((c) => c.style === "header" || c.style === "title"),
    });
  };
  for (const { c, p } of sorted) {
    if (current && p.col === current.col && p.row === current.last + 1) {
      current.items.push(c);
      current.last = p.row;
    } else {
      flush();
      current = { col: p.col, top: p.row, last: p.row, items: [c] };
    }
  }
  flush();
  return runs;
}

/** Replaces the semáforo on our own result block: clear it, then one custom rule per level. */
function queueFormat(ws: Excel.Worksheet, f: PlannedFormat) {
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
