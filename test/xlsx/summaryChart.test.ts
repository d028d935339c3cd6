import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { SUMMARY_SHEET, type WritePlan } from "../../src/core/plan/writePlan";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { a1, parseRangeA1 } from "../../src/core/sheet/address";
import { readCachedValues } from "../support/readCachedValues";
import { samplePath } from "../support/samples";
import { changedParts, partsOf, withPart } from "./support/parts";
import { richWorkbook } from "./support/richWorkbook";
import { chartXml } from "../../src/xlsx/ooxml/chartXml";
import { refOf, sheetCharts, type Xml } from "./support/summaryCharts";

/** The rich workbook (it has a chart of its own) with AEI rows, so its summary has a table. */
const AEI_ROWS: [string, string, string] = ["AEI.01.01", "IND.01.AEI.01.01", "IND.02.AEI.01.01"];

/** «'Resumen Semáforo'!$B$6:$B$15» → the addresses it covers. */
function cellsOf(f: string): string[] {
  const m = /^'Resumen Semáforo'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(f);
  if (!m) throw new Error(`not a summary reference: ${f}`);
  const r = parseRangeA1(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`)!;
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-chart-"));
});

describe("the summary's charts in the .xlsx (Lares PEI sample)", () => {
  let output: string;
  let plan: WritePlan;
  beforeAll(async () => {
    const input = join(dir, "lares.xlsx");
    copyFileSync(samplePath("lares-pei-2025-s1.xlsx"), input);
    output = join(dir, "lares-resumen.xlsx");
    plan = await applyToXlsx(input, output, NATIVE_WITH_SUMMARY);
  });

  it("one stacked bar chart per table, anchored right of it, series on the level columns", async () => {
    const { charts } = await sheetCharts(output, SUMMARY_SHEET);
    const cached = (await readCachedValues(output)).get(SUMMARY_SHEET)!;
    expect(charts).toHaveLength(2); // Tabla 3 and the Aplicativo's report
    for (const chart of charts) {
      const bar = chart.space["c:chart"]["c:plotArea"]["c:barChart"];
      expect(bar["c:barDir"]["@val"]).toBe("bar");
      expect(bar["c:grouping"]["@val"]).toBe("stacked");
      const series = bar["c:ser"] as Xml[];
      expect(series.map((s) => refOf(s["c:tx"]["c:strRef"]).values[0])).toEqual([
        "Malo",
        "Regular",
        "Bueno",
        "Sin dato",
      ]);
      const categories = cellsOf(refOf(series[0]!["c:cat"]["c:strRef"]).f);
      const [first, last] = [categories[0]!, categories[categories.length - 1]!];
      // The categories are the OEI rows: «OEI» above the first, «Total» below the last.
      const row = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
      expect(cached.get(`A${row(first) - 1}`)).toBe("OEI");
      expect(cached.get(`A${row(last) + 1}`)).toBe("Total");
      expect(categories.every((c) => /^OEI\.\d\d$/.test(String(cached.get(c))))).toBe(true);
      // Title above the header; the chart starts on the title's row, past the count column.
      expect(chart.from.row).toBe(row(first) - 3);
      expect(chart.from.col).toBeGreaterThan(5);
      series.forEach((s, i) => {
        const tx = refOf(s["c:tx"]["c:strRef"]);
        expect(cellsOf(tx.f)).toEqual([`${"BCDE"[i]}${row(first) - 1}`]);
        const cat = refOf(s["c:cat"]["c:strRef"]);
        expect(cat.values).toEqual(categories.map((c) => String(cached.get(c))));
        const val = refOf(s["c:val"]["c:numRef"]);
        const cells = cellsOf(val.f);
        expect(cells).toEqual(categories.map((c) => c.replace(/^A/, "BCDE"[i]!)));
        // Cached points are the summary's own cached counts.
        expect(val.values.map(Number)).toEqual(cells.map((c) => cached.get(c)));
      });
    }
  });

  it("series colours are the fills the semáforo paints in the matrices", async () => {
    const { charts } = await sheetCharts(output, SUMMARY_SHEET);
    const fills = new Map(plan.formats.flatMap((f) => f.rules).map((r) => [r.label, r.fill]));
    for (const chart of charts) {
      const series = chart.space["c:chart"]["c:plotArea"]["c:barChart"]["c:ser"] as Xml[];
      for (const s of series) {
        const label = refOf(s["c:tx"]["c:strRef"]).values[0]!;
        const colour = s["c:spPr"]["a:solidFill"]["a:srgbClr"]["@val"];
        expect(`#${colour}`, label).toBe(fills.get(label));
      }
    }
  });

  it("prints landscape, one page wide, and points at its drawing", async () => {
    const { sheetXml } = await sheetCharts(output, SUMMARY_SHEET);
    expect(sheetXml).toMatch(/^[^]*<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><cols>/);
    expect(sheetXml).toContain(
      '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/><drawing r:id="rId1"/></worksheet>'
    );
  });
});

describe("charts beside a planner's own chart: re-apply, quitar, edited summary", () => {
  let input: string;
  let applied: string;
  beforeAll(async () => {
    input = join(dir, "rico.xlsx");
    writeFileSync(input, await richWorkbook({ codes: AEI_ROWS }));
    applied = join(dir, "rico-aplicado.xlsx");
    await applyToXlsx(input, applied, NATIVE_WITH_SUMMARY);
  });

  it("adds its chart under free names and leaves the planner's drawing and chart as they were", async () => {
    const { parts, drawingPath, charts } = await sheetCharts(applied, SUMMARY_SHEET);
    expect(drawingPath).toBe("xl/drawings/drawing2.xml");
    expect(charts.map((c) => c.path)).toEqual(["xl/charts/chart2.xml"]);
    const before = await partsOf(input);
    for (const own of ["xl/drawings/drawing1.xml", "xl/charts/chart1.xml"])
      expect(parts.get(own)!.equals(before.get(own)!), own).toBe(true);
    const types = parts.get("[Content_Types].xml")!.toString();
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types.match(/PartName="\/xl\/drawings\/drawing2\.xml"/g)).toHaveLength(1);
  });

  it("applying twice gives the same bytes, with one chart", async () => {
    const twice = join(dir, "rico-dos-veces.xlsx");
    await applyToXlsx(applied, twice, NATIVE_WITH_SUMMARY);
    expect(changedParts(await partsOf(applied), await partsOf(twice))).toEqual([]);
  });

  it("quitar takes out the chart, its drawing and their types: every part comes back", async () => {
    const back = join(dir, "rico-devuelto.xlsx");
    await removeFromXlsx(applied, back);
    const [a, b] = [await partsOf(input), await partsOf(back)];
    expect(changedParts(a, b).filter((p) => p !== "xl/calcChain.xml")).toEqual([]);
  });

  it("a summary the planner edited keeps its chart and gets no second one", async () => {
    const { sheetPath } = await sheetCharts(applied, SUMMARY_SHEET);
    const edited = join(dir, "rico-editado.xlsx");
    writeFileSync(
      edited,
      await withPart(applied, sheetPath, (xml) =>
        xml.replace("Resumen del semáforo", "Resumen del semáforo (revisado)")
      )
    );
    const again = join(dir, "rico-editado-2.xlsx");
    await applyToXlsx(edited, again, NATIVE_WITH_SUMMARY);
    const after = await sheetCharts(again, SUMMARY_SHEET);
    expect(after.charts.map((c) => c.path)).toEqual(["xl/charts/chart2.xml"]);
    expect([...after.parts.keys()].filter((p) => p.startsWith("xl/charts/")).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
    const before = await partsOf(edited);
    expect(
      after.parts.get("xl/charts/chart2.xml")!.equals(before.get("xl/charts/chart2.xml")!)
    ).toBe(true);
  });
});

describe("the value axis of a chart", () => {
  const chart = {
    title: "Seguimiento POI por unidad orgánica",
    range: "A5:C7",
    categories: "A6:A7",
    series: ["B", "C"].map((c, i) => ({
      label: ["Malo", "Bueno"][i]!,
      header: `${c}5`,
      values: `${c}6:${c}7`,
      fill: ["#FFC7CE", "#C6EFCE"][i]!,
    })),
    from: { row: 3, col: 5 },
    to: { row: 17, col: 13 },
  };
  const withCounts = (b7: number) =>
    chartXml(
      chart,
      new Map<string, number>([
        ["B6", 2],
        ["C6", 3],
        ["B7", b7],
        ["C7", 4],
      ])
    );

  it("has a gridline per unit while the longest bar is short, automatic steps beyond", () => {
    expect(withCounts(8)).toContain('<c:majorUnit val="1"/>'); // 8 + 4 = 12
    expect(withCounts(9)).not.toContain("<c:majorUnit"); // 13: 2,000 activities need no 2,000 lines
  });
});
