import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { hasWritableResults } from "../../src/core/plan/writable";
import { SUMMARY_SHEET } from "../../src/core/plan/writePlan";
import { DEFAULT_MEASURING } from "../../src/core/scales/measuring";
import type { SheetData } from "../../src/core/sheet/sheetData";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { flatPoi } from "../support/flatPoi";
import { samplePath } from "../support/samples";

/** What the pane decided before the predicate: a whole plan, with its summary, built to look at. */
const planWrites = (sheets: readonly SheetData[]) =>
  buildWritePlan(sheets, {
    ...DEFAULT_MEASURING,
    mode: "personalizadas",
    summary: true,
    force: false,
  }).sheets.some((s) => s.name === SUMMARY_SHEET);

describe("hasWritableResults: whether «Calcular» would place a result, without building the plan", () => {
  const samples = readdirSync(dirname(samplePath("lares-pei-2025-s1.xlsx"))).filter((f) =>
    f.endsWith(".xlsx")
  );

  it.each(samples)("agrees with the whole plan on %s", async (name) => {
    const { sheets } = await openWorkbook(samplePath(name));
    expect(hasWritableResults(sheets, DEFAULT_MEASURING)).toBe(planWrites(sheets));
  });

  it("is true for a PEI with logros and false for a flat POI with nothing to calculate", async () => {
    const { sheets } = await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"));
    expect(hasWritableResults(sheets, DEFAULT_MEASURING)).toBe(true);
    expect(hasWritableResults([flatPoi(300)], DEFAULT_MEASURING)).toBe(false);
    expect(planWrites([flatPoi(300)])).toBe(false);
  });
});
