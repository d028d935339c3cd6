import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "../../src/cli/args";
import {
  MEASURING_SWITCHES,
  MEASURING_VALUE_FLAGS,
  readMeasuringOptions,
} from "../../src/cli/measuringOption";
import { SUMMARY_SHEET, type FormulaMode } from "../../src/core/plan/writePlan";
import { PRESET_SCALES } from "../../src/core/scales/presets";
import { parseA1 } from "../../src/core/sheet/address";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import { runCli } from "../cli/runCli";
import {
  generatedExportAos,
  laresExportAos,
  writeExportWorkbook,
} from "../support/aplicativoExport";
import { readCachedValues, type CachedValue } from "../support/readCachedValues";
import { samplePath } from "../support/samples";

/**
 * One truth (issue 18): with the same options — and with none — `check` reports, for every
 * result, the value `apply` caches in the cell it writes, in every formula mode. Workbooks: every
 * sample, an Aplicativo export as Excel saves it (every number text «1.00»), and a generated set
 * (text numbers in both conventions, blanks, zeros, each acumulación, executed without
 * programming, over-execution); options: the defaults, without and with the cap, another period,
 * every preset scale and an own one.
 */
const MEASURINGS: string[][] = [
  [],
  ["--sin-tope"],
  ["--con-tope"],
  ["--periodo", "anual"],
  ...Object.keys(PRESET_SCALES).map((id) => ["--escala", id]),
  ["--escala", "Bajo:0,Medio:60,Alto:90,Sobre-ejecución>100", "--sin-tope"],
];
const MODES: FormulaMode[] = ["personalizadas", "nativas", "libro"];

interface CheckResult {
  sheet: string;
  row: number;
  code: string;
  value: number | null;
}

async function checkResults(file: string, flags: string[]): Promise<CheckResult[]> {
  const { stdout } = await runCli("check", "--json", file, ...flags);
  const report = JSON.parse(stdout) as {
    files: {
      sheets: {
        name: string;
        matrices: { results: { code: string; cell: string; value: number | null }[] }[];
      }[];
    }[];
  };
  return report.files.flatMap((f) =>
    f.sheets.flatMap((s) =>
      s.matrices.flatMap((m) =>
        m.results.map((r) => ({
          sheet: s.name,
          row: parseA1(r.cell)?.row ?? -1,
          code: r.code,
          value: r.value,
        }))
      )
    )
  );
}

/** The cached value as check states it: a number, or null for a blank or an error cell. */
const asValue = (v: CachedValue | undefined) => (typeof v === "number" ? v : null);

let dir: string;
let files: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-one-truth-"));
  const samples = readdirSync(resolve(__dirname, "../../samples")).filter((f) =>
    f.endsWith(".xlsx")
  );
  const exportFile = join(dir, "aplicativo-poi-por-ao.xlsx");
  await writeExportWorkbook(exportFile, laresExportAos());
  const generated = join(dir, "generado.xlsx");
  await writeExportWorkbook(generated, generatedExportAos(160));
  files = [...samples.map(samplePath), exportFile, generated];
});

describe("check's value equals apply's cached value", () => {
  it("for every result of every file, option set and formula mode", async () => {
    let compared = 0;
    let errorsCached = 0;
    const mismatches: string[] = [];
    for (const file of files) {
      for (const [i, flags] of MEASURINGS.entries()) {
        const modes = i === 0 ? MODES : [MODES[i % MODES.length] as FormulaMode];
        const results = await checkResults(file, flags);
        const byRow = new Map(results.map((r) => [`${r.sheet}|${r.row}`, r]));
        const args = parseArgs(flags, MEASURING_VALUE_FLAGS, MEASURING_SWITCHES);
        const measuring = await readMeasuringOptions(args);
        for (const mode of modes) {
          const out = join(dir, `out-${compared}-${mode}.xlsx`);
          const options = { ...measuring, mode, summary: true, force: false };
          const plan = await applyToXlsx(file, out, options);
          const cached = await readCachedValues(out);
          const written = plan.cells.filter(
            (c) => c.formula && c.sheet !== SUMMARY_SHEET && c.style === "percent"
          );
          // Every result check reports with a value is written, in every mode.
          const writtenRows = new Set(
            written.map((c) => `${c.sheet}|${parseA1(c.address)?.row ?? -1}`)
          );
          for (const r of results)
            if (r.value !== null && !writtenRows.has(`${r.sheet}|${r.row}`))
              mismatches.push(`${file} ${flags.join(" ")} ${mode}: ${r.code} no se escribió`);
          for (const c of written) {
            const row = parseA1(c.address)?.row ?? -1;
            const r = byRow.get(`${c.sheet}|${row}`);
            const got = cached.get(c.sheet)?.get(c.address);
            if (got && typeof got === "object") errorsCached++;
            const same = r !== undefined && r.value === asValue(got);
            if (!same)
              mismatches.push(
                `${file} ${flags.join(" ")} ${mode} ${c.sheet}!${c.address}: check ${JSON.stringify(r?.value)}, celda ${JSON.stringify(got)}`
              );
            compared++;
          }
        }
      }
    }
    console.log(`one truth: ${compared} cells compared, ${errorsCached} cached as errors`);
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(3000);
    expect(errorsCached).toBeGreaterThan(10);
  }, 240_000);
});
