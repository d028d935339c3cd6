import { expect, it } from "vitest";
import { detectMatrices } from "../../src/core/detect/detectMatrices";
import { measureMatrix } from "../../src/core/pipeline/measureMatrix";
import type { PlanRule, Report } from "../../src/core/rules/context";
import { renderMessage, ruleContext, subscribes } from "../../src/core/rules/context";
import { PRESET_SCALES } from "../../src/core/scales/presets";
import type { Scale } from "../../src/core/scales/scale";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { sheetOf } from "./grid";

export interface RuleCase {
  name: string;
  grid: CellValue[][];
}

export interface InvalidCase extends RuleCase {
  /** The findings expected, in order: cell, message id and (optionally) the exact message. */
  errors: { cell: string; messageId: string; message?: string }[];
}

/** Runs one rule, like ESLint's RuleTester, on every matrix detected in the grid. */
export function reportsOf(rule: PlanRule, grid: CellValue[][]): (Report & { message: string })[] {
  const sheet = sheetOf(grid);
  const matrices = detectMatrices(sheet);
  expect(matrices.length, "the grid must hold a matrix").toBeGreaterThan(0);
  const out: (Report & { message: string })[] = [];
  for (const matrix of matrices) {
    const measured = measureMatrix(sheet, matrix, {
      scale: PRESET_SCALES.CEPLAN_ANUAL as Scale,
      tope: null,
    });
    expect(subscribes(rule, measured.nodes), `${rule.meta.id} does not run on ${matrix.kind}`).toBe(
      true
    );
    rule.check(
      ruleContext(measured, (r) => {
        const template = rule.meta.messages[r.messageId];
        expect(template, `${rule.meta.id}: message id ${r.messageId}`).toBeDefined();
        out.push({ ...r, message: renderMessage(template as string, r.data) });
      })
    );
  }
  return out;
}

/** Declares the valid and invalid cases of a rule as tests. */
export function testRule(rule: PlanRule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }) {
  for (const c of cases.valid) {
    it(`valid: ${c.name}`, () => {
      expect(reportsOf(rule, c.grid)).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.name}`, () => {
      const got = reportsOf(rule, c.grid);
      expect(got.map((r) => ({ cell: r.cell, messageId: r.messageId }))).toEqual(
        c.errors.map(({ cell, messageId }) => ({ cell, messageId }))
      );
      c.errors.forEach((e, i) => {
        if (e.message) expect(got[i]?.message).toBe(e.message);
      });
    });
  }
}
