import { PLAN_RUNNERS } from "../../src/core/planFunctions/registry";
import type { PlanFunctionName } from "../../src/core/planFunctions/registry";
import type { Cell, Grid } from "../../src/core/grid/grid";
import { parseRangeA1 } from "../../src/core/sheet/address";
import { cellAt, type SheetData } from "../../src/core/sheet/sheetData";

/**
 * Evaluates a written `=PLAN.FN(args)` formula on a sheet, independently of the write plan: each
 * argument is read back from the formula text (a range, a quoted text, TRUE/FALSE, a number or
 * nothing) and the core function runs on the cells. Proves a cached value is what the formula
 * computes.
 */
export function evaluatePlanFormula(formula: string, sheet: SheetData): Cell {
  const m = /^=PLAN\.([A-Z0-9_]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a PLAN formula: ${formula}`);
  const args = splitArgs(m[2] as string).map((a): Grid | null => {
    if (a === "") return null;
    if (a.startsWith('"')) return [[a.slice(1, -1).replace(/""/g, '"')]];
    if (a === "TRUE" || a === "FALSE") return [[a === "TRUE"]];
    if (/^-?\d+(\.\d+)?$/.test(a)) return [[Number(a)]];
    const block = parseRangeA1(a);
    if (!block) throw new Error(`unreadable argument ${a}`);
    const rows: unknown[][] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      const row: unknown[] = [];
      for (let c = block.left; c <= block.right; c++) row.push(cellAt(sheet, r, c));
      rows.push(row);
    }
    return rows;
  });
  return PLAN_RUNNERS[m[1] as PlanFunctionName](...args)[0]?.[0] as Cell;
}

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}
