import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { convertWithLibreOffice } from "./support/libreoffice";
import { countColour, readPpm, type Ppm } from "./support/ppm";
import { partsOf } from "../xlsx/support/parts";
import { readCachedValues } from "../support/readCachedValues";
import { richWorkbook } from "../xlsx/support/richWorkbook";

const ARTIFACTS = resolve(__dirname, ".artifacts");

/** The text of each page of a PDF. */
function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, "-layout", pdf, "-"]).toString()
  );
}

describe("the summary sheet's chart, rendered by LibreOffice", () => {
  let plan: WritePlan;
  let texts: string[];
  let page: number;
  let image: Ppm;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-chart-e2e-"));
    const output = join(dir, "lares-resumen.xlsx");
    plan = await applyToXlsx(samplePath("lares-pei-2025-s1.xlsx"), output, NATIVE_WITH_SUMMARY);
    const pdf = convertWithLibreOffice(output, "pdf");
    texts = pageTexts(pdf);
    page = texts.findIndex((t) => t.includes("Resumen del semáforo")) + 1;
    const pages = mkdtempSync(join(tmpdir(), "semaforo-chart-pages-"));
    execFileSync("pdftoppm", ["-r", "60", "-f", `${page}`, "-l", `${page}`, pdf, join(pages, "p")]);
    image = readPpm(
      join(
        pages,
        readdirSync(pages).find((f) => f.endsWith(".ppm"))!
      )
    );
    // Keep a picture of the summary page for people to look at (git-ignored).
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", [
      ...["-r", "100", "-png", "-singlefile", "-f", `${page}`, "-l", `${page}`],
      ...[pdf, join(ARTIFACTS, "resumen-grafico")],
    ]);
  }, 300_000);

  it("the whole summary, tables and charts, prints on one page", () => {
    // The summary is the last printed sheet (the settings sheet is hidden): one page, holding
    // both tables to their last row and last column.
    expect(page).toBe(texts.length);
    const text = texts[page - 1]!;
    expect(text.match(/Avance promedio de AEI/g)).toHaveLength(2);
    expect(text.match(/Número de AEI/g)).toHaveLength(2);
    // Each chart's title (beside its table's title) and its legend are on the same page.
    for (const chart of plan.summaryCharts ?? []) {
      const title = chart.title.slice(0, 20);
      expect(text.split(title).length - 1, chart.title).toBeGreaterThanOrEqual(2);
    }
    expect(text).toMatch(/Malo\s+Regular\s+Bueno\s+Sin dato/);
  });

  it("the bars are drawn right of the tables in the semáforo's colours, in proportion to the counts", () => {
    // The summary's cells have no fill: every semáforo colour on this page is a bar.
    const right = Math.round(image.width * 0.45);
    const pixels = (hex: string) => countColour(image, hex, right);
    const [malo, regular, bueno] = ["#FFC7CE", "#FFEB9C", "#C6EFCE"].map(pixels) as [
      number,
      number,
      number,
    ];
    expect(regular, "amarillo (Regular: 2 AEI)").toBeGreaterThan(20);
    // Both tables: 13 AEI Malo, 2 Regular, 28 Bueno (the bars' lengths follow the counts).
    expect(malo).toBeGreaterThan(3 * regular);
    expect(bueno).toBeGreaterThan(1.5 * malo);
    // Nothing of the kind left of the charts, where the tables are.
    expect(countColour(image, "#C6EFCE") - bueno).toBeLessThan(bueno / 20);
  });

  it("beside a planner's own chart on another sheet, LibreOffice reads both charts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-chart-rico-"));
    const input = join(dir, "rico.xlsx");
    writeFileSync(
      input,
      await richWorkbook({ codes: ["AEI.01.01", "IND.01.AEI.01.01", "IND.02.AEI.01.01"] })
    );
    const output = join(dir, "rico-resumen.xlsx");
    const applied = await applyToXlsx(input, output, NATIVE_WITH_SUMMARY);
    expect(applied.summaryCharts).toHaveLength(1);
    // LibreOffice saves again every chart it understood.
    const saved = await partsOf(convertWithLibreOffice(output, "xlsx"));
    const charts = [...saved.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(2);
    const ours = charts.map((p) => saved.get(p)!.toString()).filter((x) => x.includes("<c:barDir"));
    expect(ours.some((x) => x.includes("Resumen Semáforo") && /stacked/.test(x))).toBe(true);
  }, 300_000);
});

describe("the indicator summary of the PROCOES sample, recalculated by LibreOffice", () => {
  it("the counts LibreOffice computes equal the cached ones, and its chart is saved again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-chart-procoes-"));
    const output = join(dir, "procoes-resumen.xlsx");
    const applied = await applyToXlsx(
      samplePath("procoes-indicadores-2018.xlsx"),
      output,
      NATIVE_WITH_SUMMARY
    );
    expect(applied.summaryCharts).toHaveLength(1);
    const recalculatedFile = convertWithLibreOffice(output, "xlsx");
    const summary = (await readCachedValues(recalculatedFile)).get("Resumen Semáforo")!;
    const counts = applied.cells.filter((c) => c.sheet === "Resumen Semáforo" && c.formula);
    expect(counts.length).toBeGreaterThan(0);
    // Zero counts are cached as 0 by us and may read back blank: compare them as numbers.
    expect(counts.map((c) => [c.address, Number(summary.get(c.address) ?? 0)])).toEqual(
      counts.map((c) => [c.address, c.value])
    );
    expect(counts.some((c) => typeof c.value === "number" && c.value > 0)).toBe(true);
    const saved = await partsOf(recalculatedFile);
    const charts = [...saved.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    expect(saved.get(charts[0]!)!.toString()).toMatch(/stacked/);
  }, 300_000);
});
