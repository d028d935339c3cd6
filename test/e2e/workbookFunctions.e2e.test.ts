import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isPlanError } from "../../src/core/errors";
import type { Cell } from "../../src/core/grid/grid";
import {
  workbookFunction,
  workbookFunctions,
} from "../../src/core/planFunctions/workbookFunctions";
import { toFileFormula } from "../../src/xlsx/fileFormula";
import { insertDefinedNames, toFileDefinition } from "../../src/xlsx/definedNames";
import { convertWithLibreOffice } from "./support/libreoffice";
import { readCachedValues, type CachedValue } from "../support/readCachedValues";
import { letSteps, replaceIdentifier, substituteParams } from "../support/lambdaSubstitution";
import { buildWorkbookFunctionCases, type SubstitutionCase } from "./support/workbookFunctionCases";

/**
 * Workbook functions (named LAMBDAs) proven without Excel. LibreOffice does not evaluate LAMBDA
 * (the first test records what it does), so each generated call is written as what it means: the
 * LAMBDA's body with the call's arguments put in (test/support/lambdaSubstitution.ts). LibreOffice
 * recalculates those formulas, and every result must agree with the core.
 */

function actual(value: CachedValue | undefined): unknown {
  if (value && typeof value === "object") return value.error;
  return value ?? "";
}
const expectedOf = (c: Cell) => (isPlanError(c) ? c.excelText : c);

async function recalculate(workbook: ExcelJS.Workbook, edit?: (xml: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "semaforo-libro-"));
  const input = join(dir, "libro.xlsx");
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  if (edit) {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", edit(xml));
  }
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  const output = convertWithLibreOffice(input, "xlsx");
  return { values: await readCachedValues(output), output };
}

const column = (n: number): string =>
  n <= 0 ? "" : column(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
/** Helper cells for LET bindings start here, right of every case's data. */
const HELPER_COLUMN = 40;

/** Columns of the widest range argument (12 for a month block), 1 when all are cells. */
function widthOf(args: readonly (string | null)[]): number {
  let width = 1;
  for (const arg of args) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)\d+$/.exec(arg ?? "");
    if (m) width = Math.max(width, colNumber(m[3]!) - colNumber(m[1]!) + 1);
  }
  return width;
}
const colNumber = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Writes a call as what it means: each LET binding array-entered in cells of its own on the
 * case's row (an array value in as many cells as its range argument, a single value in one), then
 * the calculation reading those cells. Array-entered, as Excel 365 evaluates every formula.
 */
function writeSubstituted(ws: ExcelJS.Worksheet, c: SubstitutionCase) {
  const fn = workbookFunction(c.fn)!;
  const { steps, result } = letSteps(substituteParams(fn, c.args));
  const width = widthOf(c.args);
  const row = Number(/\d+$/.exec(c.address)![0]);
  const blocks: [string, string][] = [];
  const resolve = (formula: string) =>
    blocks.reduce((f, [name, ref]) => replaceIdentifier(f, name, ref), formula);
  steps.forEach(([name, value], k) => {
    const first = HELPER_COLUMN + k * width;
    const cells = fn.arrays.includes(name) ? width : 1;
    const ref = `${column(first)}${row}` + (cells > 1 ? `:${column(first + cells - 1)}${row}` : "");
    ws.getCell(`${column(first)}${row}`).value = {
      formula: toFileFormula(resolve(value)),
      shareType: "array",
      ref,
    } as ExcelJS.CellValue;
    blocks.push([name, ref]);
  });
  c.cell.value = {
    formula: toFileFormula(resolve(result)),
    shareType: "array",
    ref: c.address,
  } as ExcelJS.CellValue;
}

describe("workbook functions in LibreOffice", () => {
  it("LibreOffice does not evaluate a named LAMBDA (why the proof is by substitution)", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("probe");
    ws.getCell("A1").value = 450;
    ws.getCell("B1").value = 1200;
    ws.getCell("C1").value = { formula: "AVANCE_FINANCIERO(A1,B1)" } as ExcelJS.CellValue;
    ws.getCell("D1").value = {
      formula: "_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1)(A1)",
    } as ExcelJS.CellValue;
    const defs = workbookFunctions().map(toFileDefinition);
    const { values, output } = await recalculate(
      workbook,
      (xml) => insertDefinedNames(xml, defs).xml
    );
    const got = values.get("probe");
    const seen = { call: got?.get("C1"), inline: got?.get("D1") };
    const savedNames = await (
      await JSZip.loadAsync(readFileSync(output))
    )
      .file("xl/workbook.xml")!
      .async("string");
    const saved = /<definedName[^>]*name="AVANCE_FINANCIERO"[^>]*>([^<]{0,60})/.exec(savedNames);
    console.log("LibreOffice con LAMBDA:", JSON.stringify(seen), { saved: saved?.[1] });
    // The file with every definition opens and saves; no name is dropped.
    for (const def of defs) expect(savedNames).toContain(`name="${def.name}"`);
    // The core gives 37.5 and the inline LAMBDA 451; LibreOffice 7.4 gives errors for both.
    expect(seen.call).toEqual({ error: expect.stringMatching(/^#/) });
    expect(seen.inline).toEqual({ error: expect.stringMatching(/^#/) });
  });

  it("the substituted bodies agree with the core on more than 1,000 generated calls", async () => {
    const workbook = new ExcelJS.Workbook();
    const cases: SubstitutionCase[] = buildWorkbookFunctionCases(workbook);
    for (const c of cases) writeSubstituted(workbook.getWorksheet(c.sheet)!, c);
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const { values } = await recalculate(workbook);

    const mismatches: string[] = [];
    const perFunction: Record<string, number> = {};
    const kinds = { number: 0, blank: 0, error: 0, text: 0 };
    for (const c of cases) {
      perFunction[c.fn] = (perFunction[c.fn] ?? 0) + 1;
      const got = actual(values.get(c.sheet)?.get(c.address));
      const want = expectedOf(c.expected);
      if (typeof want === "number") kinds.number++;
      else if (want === "") kinds.blank++;
      else if (String(want).startsWith("#")) kinds.error++;
      else kinds.text++;
      const same =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(want - got) < 0.005
          : want === got;
      if (!same) {
        mismatches.push(
          `${c.sheet}!${c.address} ${c.label}: core ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}`
        );
      }
    }
    console.log(`llamadas: ${cases.length}`, perFunction, kinds);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(kinds.number).toBeGreaterThan(400);
    expect(kinds.blank).toBeGreaterThan(50);
    expect(kinds.error).toBeGreaterThan(30);
    expect(kinds.text).toBeGreaterThan(100);
  });
});
