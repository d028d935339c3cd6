import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main";
import { samplePath } from "../support/samples";
import { CUT_FEBRUARY, CUT_MAY, exportSheet, writeSheetsXlsx } from "../support/cutFixtures";
import { partsOf } from "../xlsx/support/parts";
import { convertWithLibreOffice } from "./support/libreoffice";
import { countColour, readPpm, type Ppm } from "./support/ppm";

const ARTIFACTS = resolve(__dirname, ".artifacts");
const quiet = { out: () => undefined, err: () => undefined };

/** The first page of a PDF: its text and its picture (and a PNG kept in .artifacts). */
function firstPage(pdf: string, artifact: string): { text: string; image: Ppm } {
  const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"]).toString();
  const dir = mkdtempSync(join(tmpdir(), "semaforo-cuts-pages-"));
  execFileSync("pdftoppm", ["-r", "60", "-f", "1", "-l", "1", pdf, join(dir, "p")]);
  const image = readPpm(
    join(
      dir,
      readdirSync(dir).find((f) => f.endsWith(".ppm"))!
    )
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync("pdftoppm", [
    ...["-r", "110", "-png", "-singlefile", "-f", "1", "-l", "1"],
    ...[pdf, join(ARTIFACTS, artifact)],
  ]);
  return { text, image };
}

describe("consolidar samples/, opened by LibreOffice", () => {
  let out: string;
  let page: { text: string; image: Ppm };
  beforeAll(async () => {
    out = join(mkdtempSync(join(tmpdir(), "semaforo-consolidar-e2e-")), "consolidado.xlsx");
    const samples = join(samplePath("lares-pei-2025-s1.xlsx"), "..");
    expect(await main(["consolidar", samples, "-o", out], quiet)).toBe(0);
    page = firstPage(convertWithLibreOffice(out, "pdf"), "consolidado");
  }, 300_000);

  it("renders the summary and its chart on the first page, in the semáforo colours", () => {
    expect(page.text).toContain("Consolidado del semáforo");
    expect(page.text).toContain("Resultados por unidad");
    expect(page.text).toMatch(/Malo\s+Regular\s+Bueno\s+Sin dato/);
    // Right of the unit table, every semáforo colour is a bar of the chart.
    const right = Math.round(page.image.width * 0.5);
    const [malo, bueno, sinDato] = ["#FFC7CE", "#C6EFCE", "#D9D9D9"].map((hex) =>
      countColour(page.image, hex, right)
    ) as [number, number, number];
    expect(malo).toBeGreaterThan(20);
    expect(bueno).toBeGreaterThan(malo); // 66 Bueno and 30 Malo over the samples
    expect(sinDato).toBeGreaterThan(bueno); // 107 Sin dato
  });

  it("LibreOffice reads the chart and saves it again as a stacked bar chart", async () => {
    const saved = await partsOf(convertWithLibreOffice(out, "xlsx"));
    const charts = [...saved.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const xml = saved.get(charts[0]!)!.toString();
    expect(xml).toContain("<c:barDir");
    expect(xml).toMatch(/stacked/);
    expect(xml).toContain("Resumen Semáforo");
  }, 300_000);
});

describe("comparar --formato xlsx, rendered by LibreOffice", () => {
  it("shows the arrows and the levels in the semáforo colours (README picture)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-comparar-e2e-"));
    const [feb, may, out] = ["poi-febrero.xlsx", "poi-mayo.xlsx", "comparacion.xlsx"].map((f) =>
      join(dir, f)
    ) as [string, string, string];
    await writeSheetsXlsx([exportSheet("POI", CUT_FEBRUARY)], feb);
    await writeSheetsXlsx([exportSheet("POI", CUT_MAY)], may);
    expect(await main(["comparar", feb, may, "--formato", "xlsx", "-o", out], quiet)).toBe(0);
    const { text, image } = firstPage(convertWithLibreOffice(out, "pdf"), "comparacion");
    expect(text).toContain("Comparación de cortes: poi-febrero.xlsx → poi-mayo.xlsx");
    expect(text).toMatch(/▼\s+Empeoró\s+AOI00012700429/);
    expect(text).toMatch(/F\(RE\) de marzo, abril y mayo/);
    for (const hex of ["#FFC7CE", "#FFEB9C", "#C6EFCE"])
      expect(countColour(image, hex), hex).toBeGreaterThan(30);
  }, 300_000);
});
