import { expect, it } from "vitest";
import { articulationOf } from "../../src/core/articulation/articulation";
import { detectMatrices } from "../../src/core/detect/detectMatrices";
import { measureMatrix } from "../../src/core/pipeline/measureMatrix";
import {
  renderMessage,
  ruleContext,
  subscribes,
  type PlanRule,
  type Report,
} from "../../src/core/rules/context";
import { PRESET_SCALES } from "../../src/core/scales/presets";
import type { Scale } from "../../src/core/scales/scale";
import type { SheetData } from "../../src/core/sheet/sheetData";

export interface ArticulationCase {
  name: string;
  /** The workbook's sheets: a PEI and a POI (the rule compares them). */
  sheets: SheetData[];
}

export interface ArticulationInvalid extends ArticulationCase {
  errors: { sheet: string; cell: string; messageId: string; message?: string }[];
}

/** Runs one articulation rule on every matrix of its kinds, the workbook's PEI against its POI. */
export function articulationReports(rule: PlanRule, sheets: readonly SheetData[]) {
  const detected = sheets.map((sheet) => ({ sheet, matrices: detectMatrices(sheet) }));
  const articulation = articulationOf(detected);
  expect(articulation.pei, "the workbook must hold a PEI").toBeDefined();
  expect(articulation.poiCodes, "the workbook must hold a POI").toBeDefined();
  const out: { sheet: string; cell: string; messageId: string; message: string }[] = [];
  for (const { sheet, matrices } of detected) {
    for (const matrix of matrices) {
      const scale = PRESET_SCALES.CEPLAN_ANUAL as Scale;
      const measured = measureMatrix(sheet, matrix, { scale, tope: null });
      if (!subscribes(rule, measured.nodes)) continue;
      const report = ({ cell, messageId, data }: Report) => {
        const template = rule.meta.messages[messageId];
        expect(template, `${rule.meta.id}: message id ${messageId}`).toBeDefined();
        out.push({ sheet: sheet.name, cell, messageId, message: renderMessage(template!, data) });
      };
      rule.check(ruleContext(measured, report, articulation));
    }
  }
  return out;
}

/** The valid and invalid cases of an articulation rule, as tests (like testRule). */
export function testArticulationRule(
  rule: PlanRule,
  cases: { valid: ArticulationCase[]; invalid: ArticulationInvalid[] }
) {
  for (const c of cases.valid) {
    it(`valid: ${c.name}`, () => expect(articulationReports(rule, c.sheets)).toEqual([]));
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.name}`, () => {
      const got = articulationReports(rule, c.sheets);
      expect(got.map(({ sheet, cell, messageId }) => ({ sheet, cell, messageId }))).toEqual(
        c.errors.map(({ sheet, cell, messageId }) => ({ sheet, cell, messageId }))
      );
      c.errors.forEach((e, i) => {
        if (e.message) expect(got[i]?.message).toBe(e.message);
      });
    });
  }
}
