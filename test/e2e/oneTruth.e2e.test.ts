import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { DEFAULT_MEASURING } from "../../src/core/scales/measuring";
import type { PlannedCell } from "../../src/core/plan/writePlan";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import {
  generatedExportAos,
  laresExportAos,
  writeExportWorkbook,
} from "../support/aplicativoExport";
import { readCachedValues, type CachedValue } from "../support/readCachedValues";
import { samplePath } from "../support/samples";
import { convertWithLibreOffice } from "./support/libreoffice";
import { stripCachedValues } from "./support/stripCachedValues";

/**
 * One truth (issue 18), the recalculation half: a portable workbook (apply --formulas nativas
 * --resumen, default options) opened where Semáforo is not installed must compute what Semáforo
 * cached. Cached values are removed first, LibreOffice recalculates, and every written cell —
 * avances and the summary — must equal the cache, with no #NAME? anywhere.
 */
const same = (cached: PlannedCell, got: CachedValue | undefined) => {
  if (cached.error) return typeof got === "object" && got !== null && got.error === cached.error;
  if (typeof cached.value === "number")
    return typeof got === "number" && Math.abs(got - cached.value) < 0.005;
  return (cached.value ?? "") === (got ?? "");
};

describe("portable formulas recalculated by LibreOffice equal Semáforo's cached values", () => {
  it("on every sample, an Aplicativo export saved by Excel and a generated set, summary included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-one-truth-e2e-"));
    const samples = readdirSync(resolve(__dirname, "../../samples")).filter((f) =>
      f.endsWith(".xlsx")
    );
    const exportFile = join(dir, "aplicativo-poi-por-ao.xlsx");
    await writeExportWorkbook(exportFile, laresExportAos());
    const generated = join(dir, "generado.xlsx");
    await writeExportWorkbook(generated, generatedExportAos(160));
    const inputs = [...samples.map(samplePath), exportFile, generated];

    const mismatches: string[] = [];
    const names: string[] = [];
    let cells = 0;
    let agree = 0;
    let summaryCells = 0;
    let errorCells = 0;
    for (const input of inputs) {
      const written = join(dir, `nativas-${basename(input)}`);
      const options = {
        ...DEFAULT_MEASURING,
        mode: "nativas" as const,
        summary: true,
        force: false,
      };
      const plan = await applyToXlsx(input, written, options);
      const bare = join(dir, `sin-cache-${basename(input)}`);
      const formulas = plan.cells.filter((c) => c.formula);
      // A formula cached blank has no value to remove; every other one loses its value.
      const valued = formulas.filter((c) => c.error || (c.value !== null && c.value !== ""));
      expect(await stripCachedValues(written, bare)).toBeGreaterThanOrEqual(valued.length);
      const recalculated = await readCachedValues(convertWithLibreOffice(bare, "xlsx"));
      for (const c of formulas) {
        const got = recalculated.get(c.sheet)?.get(c.address);
        cells++;
        if (c.sheet === "Resumen Semáforo") summaryCells++;
        if (c.error) errorCells++;
        if (c.formula?.includes("PLAN.")) names.push(`${basename(input)} ${c.sheet}!${c.address}`);
        if (same(c, got)) agree++;
        else
          mismatches.push(
            `${basename(input)} ${c.sheet}!${c.address}: caché ${JSON.stringify(c.error ?? c.value)}, LibreOffice ${JSON.stringify(got)}`
          );
      }
      for (const [sheet, values] of recalculated)
        for (const [address, v] of values)
          if (typeof v === "object" && v !== null && v.error === "#NAME?")
            names.push(`${basename(input)} ${sheet}!${address} #NAME?`);
    }
    console.log(
      `one truth (LibreOffice): ${agree} of ${cells} portable cells recalculate to their cached value ` +
        `over ${inputs.length} files (${summaryCells} in summaries, ${errorCells} cached #N/A or #VALUE!)`
    );
    expect(names).toEqual([]);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(summaryCells).toBeGreaterThan(50);
    expect(errorCells).toBeGreaterThan(5);
  });
});
