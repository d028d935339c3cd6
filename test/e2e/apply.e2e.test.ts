import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { readCachedValues } from "../support/readCachedValues";
import { convertWithLibreOffice } from "./support/libreoffice";
import { countColour, readPpm } from "./support/ppm";
import BUDGET from "../fixtures/lares-ejecucion-presupuestal-2025-sem1.json";

const ARTIFACTS = resolve(__dirname, ".artifacts");

/** Every formula cell of the plan whose LibreOffice-recalculated value differs from the core's. */
function mismatchesAfterRecalc(
  plan: WritePlan,
  recalculated: Awaited<ReturnType<typeof readCachedValues>>
): string[] {
  return plan.cells
    .filter((c) => c.formula)
    .map((c) => ({ c, got: recalculated.get(c.sheet)?.get(c.address) }))
    .filter(({ c, got }) =>
      typeof c.value === "number" && typeof got === "number"
        ? Math.abs(c.value - got) > 0.005
        : (c.value ?? "") !== (got ?? "")
    )
    .map(
      ({ c, got }) =>
        `${c.sheet}!${c.address}: core ${JSON.stringify(c.value)}, LibreOffice ${JSON.stringify(got)}`
    );
}

describe("apply --formulas nativas --resumen, recalculated and rendered by LibreOffice", () => {
  let dir: string;
  let output: string;
  let plan: WritePlan;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "semaforo-apply-e2e-"));
    output = join(dir, "lares-semaforo.xlsx");
    plan = await applyToXlsx(samplePath("lares-pei-2025-s1.xlsx"), output, NATIVE_WITH_SUMMARY);
  });

  it("every avance and every summary count equals the core's after recalculation", async () => {
    const recalculated = await readCachedValues(convertWithLibreOffice(output, "xlsx"));
    expect(plan.cells.filter((c) => c.formula).length).toBeGreaterThan(100);
    expect(mismatchesAfterRecalc(plan, recalculated)).toEqual([]);
    const summary = recalculated.get("Resumen Semáforo")!;
    const totalRow = [...summary.entries()].find(([, v]) => v === "Total")?.[0].replace(/^A/, "");
    expect(["B", "C", "D"].map((c) => summary.get(`${c}${totalRow}`))).toEqual([10, 2, 18]);
  });

  it("paints Malo, Regular and Bueno cells with the scale's fills in the rendered sheet", async () => {
    // Render a copy fitted to the page width (the planner's own print settings stay untouched).
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    for (const ws of copy.worksheets) {
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      };
    }
    const printable = join(dir, "lares-semaforo-impresion.xlsx");
    await copy.xlsx.writeFile(printable);
    const pdf = convertWithLibreOffice(printable, "pdf");
    const pages = mkdtempSync(join(tmpdir(), "semaforo-pages-"));
    execFileSync("pdftoppm", ["-r", "60", pdf, join(pages, "p")]); // PPM is the default output
    const images = readdirSync(pages)
      .filter((f) => f.endsWith(".ppm"))
      .sort()
      .map((f) => readPpm(join(pages, f)));
    expect(images.length).toBeGreaterThan(0);
    const count = (hex: string) => images.reduce((n, img) => n + countColour(img, hex), 0);
    expect(count("#FFC7CE"), "rojo (Malo)").toBeGreaterThan(50);
    expect(count("#FFEB9C"), "amarillo (Regular)").toBeGreaterThan(50);
    expect(count("#C6EFCE"), "verde (Bueno)").toBeGreaterThan(50);
    // Keep a picture of the first page for people to look at (git-ignored).
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", [
      "-r",
      "80",
      "-png",
      "-f",
      "1",
      "-l",
      "1",
      pdf,
      join(ARTIFACTS, "lares-semaforo"),
    ]);
    copyFileSync(output, join(ARTIFACTS, "lares-semaforo.xlsx"));
  });
});

describe("apply on the budget execution sample (Lares 2025-Sem1), recalculated by LibreOffice", () => {
  it("writes one AVANCE_FINANCIERO per line that recalculates to the seed's avance, and its semáforo", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-apply-budget-"));
    const output = join(dir, "presupuesto-semaforo.xlsx");
    const plan = await applyToXlsx(
      samplePath("presupuesto-emsapuno-2024.xlsx"),
      output,
      NATIVE_WITH_SUMMARY
    );
    const sheet = "Ejecución 2025-S1";
    const formulas = plan.cells.filter((c) => c.sheet === sheet && c.formula);
    expect(formulas.map((c) => c.address)).toEqual(BUDGET.lines.map((_, i) => `J${8 + i}`));
    const recalculated = await readCachedValues(convertWithLibreOffice(output, "xlsx"));
    expect(mismatchesAfterRecalc(plan, recalculated)).toEqual([]);
    const got = formulas.map((c) => recalculated.get(sheet)?.get(c.address));
    expect(got).toEqual(BUDGET.lines.map((l) => l.avanceSeed));
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(output);
    // ExcelJS reads the conditional formats but does not declare them on Worksheet.
    const ws = written.getWorksheet(sheet) as unknown as {
      conditionalFormattings: { ref: string }[];
    };
    expect(ws.conditionalFormattings.map((f) => f.ref)).toEqual(["J8:J17"]);
  });
});
