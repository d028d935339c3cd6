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

const NATIVE: PlanOptions = {
  mode: "nativas",
  tope: true,
  scaleName: null,
  period: null,
  summary: true,
  force: false,
};

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
