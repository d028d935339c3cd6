import { workbookFunctions } from "../../core/planFunctions/workbookFunctions";
import { isResultHeader } from "../../core/plan/removalPlan";
import { a1 } from "../../core/sheet/address";
import { cellAt, cellText, type MergedRange, type SheetData } from "../../core/sheet/sheetData";

/**
 * Formulas Semáforo writes in a result column: PLAN functions (as typed or as stored in the
 * file), its workbook functions, and the portable twins, every one of which rounds with ROUND.
 */
const OWN_FORMULA = new RegExp(
  String.raw`(^|[^A-Za-z0-9_.])(PLAN\.|_xldudf_PLAN_|ROUND\(|(${workbookFunctions()
    .map((f) => f.name)
    .join("|")})\()`
);

/** Rows without one of Semáforo's formulas after which a block is taken as ended. */
const GAP = 50;

/**
 * Semáforo's result blocks found by their second marker, for a workbook that lost both its
 * settings sheet and the colour rules: a result header Semáforo writes («Avance calculado (%)»,
 * «% Ejecución calculada»…) with Semáforo's formulas below it. Each block is its column from the
 * first to the last such formula (a planner's value typed inside it is spared by the removal
 * plan). Blocks the colour rules already gave (`known`) are left out.
 */
export function headerBlocks(sheet: SheetData, known: readonly MergedRange[]): string[] {
  const formulas = sheet.formulas;
  if (!formulas || formulas.size === 0) return [];
  const blocks: string[] = [];
  sheet.rows.forEach((row, r) => {
    row?.forEach((value, c) => {
      if (typeof value !== "string" || !isResultHeader(value)) return;
      if (formulas.has(a1(r, c))) return;
      let top = -1;
      let bottom = -1;
      for (let rr = r + 1; rr < sheet.rows.length; rr++) {
        if (bottom >= 0 && rr - bottom > GAP) break;
        const formula = formulas.get(a1(rr, c));
        if (formula !== undefined) {
          if (!OWN_FORMULA.test(formula)) break;
          if (top < 0) top = rr;
          bottom = rr;
        } else if (isResultHeader(cellText(cellAt(sheet, rr, c)))) break;
      }
      if (top < 0) return;
      const covered = known.some(
        (k) => k.left <= c && c <= k.right && k.top <= bottom && top <= k.bottom
      );
      if (!covered) blocks.push(top === bottom ? a1(top, c) : `${a1(top, c)}:${a1(bottom, c)}`);
    });
  });
  return blocks;
}
