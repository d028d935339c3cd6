import { describe, expect, it } from "vitest";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { SUMMARY_SHEET } from "../../src/core/plan/writePlan";
import { a1, parseRangeA1 } from "../../src/core/sheet/address";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { poiExportSheet } from "../support/poiExport";

/** The Aplicativo's POI export layout with `n` activities (one matrix, one summary row). */
const poiExport = (n: number) =>
  poiExportSheet(
    "POI por AO",
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: 12 }, (_m, m) => (m < 6 ? (i % 13) + 1 : null))
    )
  );
const OPTIONS = NATIVE_WITH_SUMMARY;

describe("summary formulas stay within Excel's limits", () => {
  it.each([160, 400, 2000])(
    "%i activities: every formula under 8,192 characters, counts add up",
    (n) => {
      const plan = buildWritePlan([poiExport(n)], OPTIONS);
      const summary = plan.cells.filter((c) => c.sheet === SUMMARY_SHEET);
      const formulas = summary.filter((c) => c.formula);
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) expect(f.formula!.length, f.address).toBeLessThanOrEqual(8192);
      // The row's "Número de AO" is the sum of its level counts and equals n.
      const counts = formulas.filter(
        (c) => /^=SUM\([B-Z]\d+:[B-Z]\d+\)$/.test(c.formula!) && c.value === n
      );
      expect(counts.length).toBeGreaterThan(0);
      if (n >= 400) {
        expect(
          summary.some((c) => c.value === "Cálculo auxiliar para matrices grandes (no editar)")
        ).toBe(true);
        const visible = formulas.filter(
          (c) => /^[B-G]\d+$/.test(c.address) && /^=SUM\(U/.test(c.formula!)
        );
        expect(visible.length).toBeGreaterThan(0);
        const byAddress = new Map(formulas.map((c) => [c.address, c]));
        for (const v of visible) {
          const range = parseRangeA1(/^=SUM\((.*)\)$/.exec(v.formula!)![1]!)!;
          const helpers = [];
          for (let c = range.left; c <= range.right; c++)
            helpers.push(byAddress.get(a1(range.top, c))!);
          expect(helpers.length, v.address).toBeGreaterThan(1);
          const total = helpers.reduce((sum, h) => sum + (h.value as number), 0);
          expect(total, v.address).toBe(v.value);
        }
      }
    }
  );
});
