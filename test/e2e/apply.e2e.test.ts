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

const ARTIFACTS = resolve(__dirname, ".artifacts");

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
    const formulas = plan.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(100);
    const mismatches = formulas
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
    expect(mismatches).toEqual([]);
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
