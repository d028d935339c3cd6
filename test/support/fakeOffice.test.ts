import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { readSheetsExcel } from "../../src/excel/readSheetsExcel";
import { fakeOffice } from "../../scripts/lib/fake-office";
import { FakeExcel } from "./fakeExcel";

/* One fake Excel: the office.js the e2e harness gives the pane in Chromium is built from the
 * module the unit tests import, not written beside it. */

const SEED = [
  {
    name: "POI 2026",
    rows: [
      ["Código", "Actividad operativa", "Meta", "Ejecutado"],
      ["AOI001", "Mantenimiento de redes — ñandú", 10, 7],
      ["AOI002", "'=texto", null, "=SUM(C2:C3)"],
    ],
  },
  { name: "Notas", rows: [[null, "solo una nota"]] },
];

describe("the e2e harness's office.js", () => {
  it("is bundled from the unit tests' FakeExcel, and no hand-written stub is left", async () => {
    const { sources } = await fakeOffice();
    const fakes = readdirSync(__dirname).filter(
      (f) => /^fake\w+\.ts$/.test(f) && f !== "fakePort.ts"
    );
    expect(sources).toEqual(expect.arrayContaining(fakes.map((f) => `test/support/${f}`)));
    const harness = readdirSync(join(__dirname, "../e2e/harness"));
    expect(harness.filter((f) => f.endsWith(".js"))).toEqual([]);
  }, 60_000);

  it("reads like the unit tests' fake: the same sheets, requests and bytes", async () => {
    const { script } = await fakeOffice();
    const page: Record<string, unknown> = { __SEMAFORO_SEED__: SEED, setTimeout };
    page.window = page;
    runInNewContext(script, page);
    const browser = page.__excel as FakeExcel;
    const local = new FakeExcel();
    for (const s of SEED) local.addSheet(s.name).fill(s.rows);
    const excelRun = (page.Excel as { run: FakeExcel["run"] }).run;
    const inBrowser = await readSheetsExcel(excelRun);
    const inNode = await readSheetsExcel(local.run);
    expect(JSON.parse(JSON.stringify(inBrowser))).toEqual(JSON.parse(JSON.stringify(inNode)));
    expect(inNode[0]?.rows[2]?.[1]).toBe("=texto");
    expect([browser.syncs, browser.maxBytesPerSync]).toEqual([local.syncs, local.maxBytesPerSync]);
  }, 60_000);
});
