import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { samplePath } from "../support/samples";
import { readCachedValues } from "../support/readCachedValues";
import { convertWithLibreOffice } from "./support/libreoffice";

/** The seed samples of issue 10 (point 5), applied with native formulas. */
async function applyNative(
  name: string,
  tope = true
): Promise<{ output: string; plan: WritePlan }> {
  const output = join(mkdtempSync(join(tmpdir(), "semaforo-seed-apply-")), name);
  const plan = await applyToXlsx(samplePath(name), output, {
    mode: "nativas",
    tope,
    scale: { kind: "periodo" },
    period: null,
    summary: false,
    force: false,
  });
  return { output, plan };
}

describe("apply --formulas nativas on the seed 000 sample, recalculated by LibreOffice", () => {
  let output: string;
  let plan: WritePlan;
  beforeAll(async () => {
    ({ output, plan } = await applyNative("procoes-indicadores-2018.xlsx"));
  });

  it("writes AVANCE_TIPO1(logrado, previsto) for the four indicators and LibreOffice agrees", async () => {
    const formulas = plan.cells.filter((c) => c.formula);
    expect(formulas.map((c) => [c.address, c.value])).toEqual([
      ["E5", 100],
      ["E6", 100],
      ["E7", 100],
      ["E8", 100],
    ]);
    expect(plan.formats.map((f) => f.range)).toEqual(["E5:E8"]);
    const recalculated = await readCachedValues(convertWithLibreOffice(output, "xlsx"));
    const got = formulas.map((c) => recalculated.get(c.sheet)?.get(c.address));
    expect(got).toEqual(formulas.map((c) => c.value));
  });

  it("without the cap (--sin-tope) LibreOffice computes the raw 118.46 % of 131,275 / 110,814", async () => {
    const raw = await applyNative("procoes-indicadores-2018.xlsx", false);
    const formulas = raw.plan.cells.filter((c) => c.formula);
    expect(formulas.map((c) => c.value)).toEqual([118.46, 118.46, 100, 100]);
    const recalculated = await readCachedValues(convertWithLibreOffice(raw.output, "xlsx"));
    const got = formulas.map((c) => recalculated.get(c.sheet)?.get(c.address));
    expect(got).toEqual([118.46, 118.46, 100, 100]);
  });
});

describe("apply on the seed 001 sample: the plan has no logrado, «Seguimiento 2025» has", () => {
  let output: string;
  let plan: WritePlan;
  beforeAll(async () => {
    ({ output, plan } = await applyNative("hdr-as-plan-2025.xlsx"));
  });

  it("writes no avance on «Plan 2025-2030» and touches none of the planner's cells", () => {
    expect(plan.cells.filter((c) => c.sheet !== "Seguimiento 2025" && c.formula)).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it("writes «Avance 2025» per numeric meta on «Seguimiento 2025» and LibreOffice agrees", async () => {
    const cells = plan.cells.filter((c) => c.sheet === "Seguimiento 2025");
    expect(cells.find((c) => c.address === "S4")?.value).toBe("Avance 2025 (logrado / meta, %)");
    const formulas = cells.filter((c) => c.formula);
    // 3 of 4 reuniones, 2 of 2 nodos, 1 of 2 reuniones, 1 of 1 evento; 4.1.1.1's logrado is blank.
    expect(formulas.map((c) => [c.address, c.value])).toEqual([
      ["S8", 75],
      ["S9", 100],
      ["S11", 50],
      ["S12", 100],
      ["S13", null],
    ]);
    expect(plan.formats.map((f) => [f.sheet, f.range])).toEqual([
      ["Seguimiento 2025", "S8:S9"],
      ["Seguimiento 2025", "S11:S13"],
    ]);
    const recalculated = await readCachedValues(convertWithLibreOffice(output, "xlsx"));
    const got = formulas.map((c) => recalculated.get(c.sheet)?.get(c.address));
    // The blank logrado's formula shows a blank (""), not 0 %.
    expect(got).toEqual([75, 100, 50, 100, ""]);
  });
});
