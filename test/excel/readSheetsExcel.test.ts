import { describe, expect, it } from "vitest";
import { readSheetsExcel, type ReadStats } from "../../src/excel/readSheetsExcel";
import { PAYLOAD_LIMIT } from "../../src/excel/payload";
import { WorkbookStop, type Progress } from "../../src/core/port/workbookPort";
import { FakeExcel } from "../support/fakeExcel";

/** A POI-like sheet: 25,000 rows of codes, names, twelve months and a formula. */
function bigBook(rows = 25_000) {
  const excel = new FakeExcel();
  const data: (string | number | null)[][] = [
    [
      "Código",
      "Actividad operativa",
      ...Array.from({ length: 12 }, (_, m) => `Mes ${m + 1}`),
      "Total",
    ],
  ];
  for (let r = 1; r <= rows; r++) {
    data.push([
      `AOI00112500${String(r).padStart(5, "0")}`,
      `Mantenimiento de la red de agua potable del sector ${r} — ${"ñandú ".repeat(r % 7)}`,
      ...Array.from({ length: 12 }, (_, m) => (r * (m + 3)) % 97),
      `=SUM(C${r + 1}:N${r + 1})`,
    ]);
  }
  excel.addSheet("POI").fill(data);
  excel.addSheet("Notas").fill([[null, "solo una nota"]]);
  excel.addSheet("Vacía");
  return excel;
}

describe("Excel adapter: reading the workbook in blocks", () => {
  it("reads a 25,000-row sheet in several requests, each under 4 MB, losing nothing", async () => {
    const excel = bigBook();
    const stats: ReadStats = { syncs: 0, blocks: 0, refused: 0 };
    const progress: Progress[] = [];
    const sheets = await readSheetsExcel(excel.run, { onProgress: (p) => progress.push(p) }, stats);
    expect(excel.maxBytesPerSync).toBeLessThan(PAYLOAD_LIMIT);
    expect(stats.blocks).toBeGreaterThan(2);
    expect(stats.refused).toBe(0);
    if (process.env.SEMAFORO_FIGURES === "1")
      console.info(
        `25,000 filas × 15 columnas: ${stats.blocks} bloques, ${stats.syncs} solicitudes, ` +
          `la mayor de ${(excel.maxBytesPerSync / 2 ** 20).toFixed(2)} MB`
      );
    const poi = sheets.find((s) => s.name === "POI")!;
    expect(poi.rows).toHaveLength(25_001);
    expect(poi.rows[25_000]?.[0]).toBe("AOI0011250025000");
    expect(poi.rows[12_345]?.[2]).toBe((12_345 * 3) % 97);
    expect(poi.formulas?.get("O25001")).toBe("=SUM(C25001:N25001)");
    expect(poi.rows[25_000]?.[14]).toBeNull(); // a formula's value is what Excel computed (none here)
    // Used range starting at B1: the leading blank column is kept, so addresses still match.
    expect(sheets.find((s) => s.name === "Notas")?.rows[0]).toEqual([null, "solo una nota"]);
    expect(sheets.find((s) => s.name === "Vacía")?.rows).toEqual([]);
    expect(progress.some((p) => p.label === "Leyendo «POI» (hoja 1 de 3)")).toBe(true);
    expect(progress.map((p) => p.fraction)).toEqual([...progress.map((p) => p.fraction)].sort());
    expect(progress.at(-1)?.fraction).toBe(1);
  });

  it("stays under 4 MB when blank rows come first and heavy text later", async () => {
    const excel = new FakeExcel();
    const rows: (string | number | null)[][] = [["Título", null, null]];
    for (let r = 1; r < 5000; r++) rows.push([null, null, null]);
    for (let r = 0; r < 5000; r++) rows.push([`AO ${r}`, "x".repeat(2000), "ñ".repeat(500)]);
    excel.addSheet("Pesada").fill(rows);
    excel.payloadLimit = 5 * 2 ** 20; // Excel on the web
    const stats: ReadStats = { syncs: 0, blocks: 0, refused: 0 };
    const sheets = await readSheetsExcel(excel.run, {}, stats);
    // The first heavy block is refused and read again smaller; every accepted one is under 4 MB.
    expect(stats.refused).toBeGreaterThan(0);
    expect(stats.refused).toBe(excel.refused);
    expect(excel.maxBytesPerSync).toBeLessThan(PAYLOAD_LIMIT);
    expect(sheets[0]?.rows[9999]?.[0]).toBe("AO 4999");
  });

  it("gives up with Excel's error when even one row is refused, instead of retrying forever", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Pesada").fill([
      ["Título", "x".repeat(100)],
      ["AO 1", "y".repeat(100)],
    ]);
    excel.payloadLimit = 10; // Excel refuses every read, whatever its size
    // Before the fix this looped forever; the signal ends such a loop so that the test fails.
    const endless = {
      get aborted() {
        return excel.refused > 50;
      },
    } as AbortSignal;
    const stats: ReadStats = { syncs: 0, blocks: 0, refused: 0 };
    const error = await readSheetsExcel(excel.run, { signal: endless }, stats).catch(
      (e: unknown) => e
    );
    expect((error as { code?: string }).code).toBe("RequestPayloadSizeLimitExceeded");
    // Each retry asks for at most a quarter of the refused rows, down to one row, then stops.
    expect(stats.blocks).toBe(0);
    expect(stats.refused).toBeLessThanOrEqual(3);
  });

  it("shrinks a refused block to a quarter each time, down to a single row", async () => {
    const excel = new FakeExcel();
    const rows: (string | null)[][] = [["Título", null]];
    for (let r = 0; r < 400; r++) rows.push([`AO ${r}`, "x".repeat(4000)]);
    excel.addSheet("Pesada").fill(rows);
    excel.payloadLimit = 9000; // about two heavy rows per request
    const endless = {
      get aborted() {
        return excel.refused > 500;
      },
    } as AbortSignal;
    const stats: ReadStats = { syncs: 0, blocks: 0, refused: 0 };
    const sheets = await readSheetsExcel(excel.run, { signal: endless }, stats);
    expect(sheets[0]?.rows[400]?.[0]).toBe("AO 399");
    expect(stats.refused).toBeGreaterThan(0);
  });

  it("reads only the sheets asked for (after an edit, only the edited one)", async () => {
    const excel = bigBook(50);
    const sheets = await readSheetsExcel(excel.run, { only: ["Notas"] });
    expect(sheets.map((s) => s.name)).toEqual(["Notas"]);
  });

  it("stops between blocks when cancelled", async () => {
    const excel = bigBook();
    const controller = new AbortController();
    const error = await readSheetsExcel(excel.run, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.fraction > 0.2) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookStop);
    expect((error as WorkbookStop).reason).toBe("cancelled");
    expect((error as Error).message).toMatch(/Lectura cancelada/);
  });
});
