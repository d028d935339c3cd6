import type { RemovalPlan } from "../../core/plan/removalPlan";
import { parseA1, parseRangeA1 } from "../../core/sheet/address";
import type { SheetData } from "../../core/sheet/sheetData";
import { contentOf } from "./writeTargets";

/**
 * The removal plan minus cells the planner has typed over since Semáforo wrote them: a value (not a
 * formula) inside one of Semáforo's result blocks is the planner's, so it stays. The header texts
 * Semáforo wrote are single-cell entries and are removed. Returns the plan and the cells kept.
 */
export function sparePlannerCells(
  plan: RemovalPlan,
  sheets: readonly SheetData[]
): { plan: RemovalPlan; kept: string[] } {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const inBlock = new Set<string>();
  for (const f of plan.formats) {
    const r = parseRangeA1(f.range);
    if (!r || r.bottom === r.top) continue;
    for (let row = r.top; row <= r.bottom; row++) inBlock.add(`${f.sheet}!${row}:${r.left}`);
  }
  const kept: string[] = [];
  const cells = plan.cells.filter((c) => {
    const sheet = byName.get(c.sheet);
    const p = parseA1(c.address);
    if (!sheet || !p || !inBlock.has(`${c.sheet}!${p.row}:${p.col}`)) return true;
    const content = contentOf(sheet, c.address);
    const theirs = content !== "" && !content.startsWith("=");
    if (theirs) kept.push(`${c.sheet}!${c.address}`);
    return !theirs;
  });
  return { plan: { ...plan, cells }, kept };
}
