import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import type { PlanOptions, WritePlan } from "../../src/core/plan/writePlan";
import { readCachedValues } from "../support/readCachedValues";
import { richWorkbook } from "../xlsx/support/richWorkbook";
import { changedParts, partsOf } from "../xlsx/support/parts";
import { convertWithLibreOffice } from "./support/libreoffice";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";

const NATIVE: PlanOptions = NATIVE_WITH_SUMMARY;

describe.each([
  { label: "rich .xlsx", macros: false, ext: "xlsx" },
  { label: "rich .xlsm with a VBA project", macros: true, ext: "xlsm" },
])("$label through apply and quitar, opened by LibreOffice", ({ macros, ext }) => {
  let dir: string;
  let input: string;
  let output: string;
  let plan: WritePlan;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "semaforo-rich-e2e-"));
    input = join(dir, `rico.${ext}`);
    writeFileSync(input, await richWorkbook({ macros }));
    output = join(dir, `rico-semaforo.${ext}`);
    plan = await applyToXlsx(input, output, NATIVE);
  });

  it("LibreOffice opens the result and recalculates every formula Semáforo wrote to its value", async () => {
    const recalculated = await readCachedValues(convertWithLibreOffice(output, "xlsx"));
    const formulas = plan.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    for (const c of formulas) {
      const got = recalculated.get(c.sheet)?.get(c.address);
      if (typeof c.value === "number")
        expect(got, `${c.sheet}!${c.address}`).toBeCloseTo(c.value, 2);
      else expect(got ?? "", `${c.sheet}!${c.address}`).toBe(c.value ?? "");
    }
    // The planner's own cells are still there after LibreOffice's round trip.
    expect(recalculated.get("Tabla 3")?.get("C2")).toBe(50);
    expect(recalculated.get("Datos")?.get("B4")).toBe(7);
  });

  it("quitar gives back the planner's parts, and LibreOffice opens that file too", async () => {
    const back = join(dir, `rico-devuelto.${ext}`);
    await removeFromXlsx(output, back);
    const changed = changedParts(await partsOf(input), await partsOf(back));
    expect(changed.filter((p) => !/calcChain|docProps\/app\.xml/.test(p))).toEqual([]);
    const reopened = await readCachedValues(convertWithLibreOffice(back, "xlsx"));
    expect(reopened.get("Tabla 3")?.get("D2")).toBe(40);
    expect(reopened.has("Semaforo_Ajustes")).toBe(false);
  });
});

describe("a workbook saved by LibreOffice (its own table, protection and style parts)", () => {
  it("apply rewrites only the parts it must, and quitar gives the rest back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-lo-made-"));
    const hand = join(dir, "a-mano.xlsx");
    writeFileSync(hand, await richWorkbook());
    const input = convertWithLibreOffice(hand, "xlsx");
    const output = join(dir, "lo-semaforo.xlsx");
    const plan = await applyToXlsx(input, output, NATIVE);
    expect(plan.cells.some((c) => c.formula)).toBe(true);
    const [before, after] = [await partsOf(input), await partsOf(output)];
    expect(plan.cells.some((c) => c.sheet === "Tabla 3" && c.formula)).toBe(true);
    const allowed =
      /^(\[Content_Types\]\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/workbook\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
    // New parts may only be the summary's chart (its sheet's rels, drawing and chart).
    const added = (p: string) =>
      !before.has(p) && /^xl\/(charts|drawings|worksheets\/_rels)\//.test(p);
    expect(changedParts(before, after).filter((p) => !allowed.test(p) && !added(p))).toEqual([]);
    const rewrittenSheets = [...before.keys()].filter(
      (p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && !after.get(p)!.equals(before.get(p)!)
    );
    expect(rewrittenSheets).toHaveLength(1); // only the sheet holding the matrix
    const back = join(dir, "lo-devuelto.xlsx");
    await removeFromXlsx(output, back);
    const changed = changedParts(before, await partsOf(back));
    expect(changed.filter((p) => !/calcChain|docProps\/app\.xml/.test(p))).toEqual([]);
  });
});
