import { beforeAll, describe, expect, it, vi } from "vitest";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { SheetDraft } from "../../src/xlsx/ooxml/sheetDraft";
import * as buildPlan from "../../src/core/plan/buildPlan";
import { craftedWorkbook, indicatorRows, PEI_ROWS } from "./support/craftedWorkbook";
import { partsOf } from "./support/parts";

const SHEET = "xl/worksheets/sheet1.xml";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-bounded-"));
});

const MiB = 2 ** 20;

describe("apply and quitar never hold a part over the bound as one text", () => {
  it("refuses a row longer than the bound with a Spanish reason, writing nothing", async () => {
    // Megabytes of spaces between the cells of one row: valid XML, tiny compressed, one huge row.
    const input = join(dir, "espacios.xlsx");
    writeFileSync(
      input,
      await craftedWorkbook(
        `<sheetData>${PEI_ROWS}<row r="3"><c r="A3"><v>1</v></c>${" ".repeat(3 * MiB)}</row></sheetData>`
      )
    );
    const output = join(dir, "espacios-salida.xlsx");
    const run = applyToXlsx(input, output, NATIVE_WITH_SUMMARY, [], { maxPartBytes: MiB });
    await expect(run).rejects.toThrow(
      /«.*espacios\.xlsx» su parte «xl\/worksheets\/sheet1\.xml» tiene una fila o un tramo de XML de más de 1 MB/
    );
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("streams a sheet larger than the bound: no text of it is held whole", async () => {
    // Megabytes of spaces between rows: the sheet is 8 MB, the bound on one text 1 MB.
    const input = join(dir, "holgado.xlsx");
    writeFileSync(
      input,
      await craftedWorkbook(`<sheetData>${PEI_ROWS}${" ".repeat(8 * MiB)}</sheetData>`)
    );
    const held: number[] = [];
    const commit = SheetDraft.prototype.commit;
    const spy = vi.spyOn(SheetDraft.prototype, "commit").mockImplementation(async function (
      this: SheetDraft
    ) {
      await commit.call(this);
      held.push(this.held);
    });
    try {
      const output = join(dir, "holgado-salida.xlsx");
      await applyToXlsx(input, output, NATIVE_WITH_SUMMARY, [], { maxPartBytes: MiB });
      const back = join(dir, "holgado-quitado.xlsx");
      expect((await removeFromXlsx(output, back, { maxPartBytes: MiB })).written).toBe(true);
      // quitar gives back the very sheet, spaces and all.
      expect((await partsOf(back)).get(SHEET)!.equals((await partsOf(input)).get(SHEET)!)).toBe(
        true
      );
    } finally {
      spy.mockRestore();
    }
    // apply and quitar each streamed the sheet once, holding at most about 1 MB at a time.
    expect(held.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...held)).toBeLessThan(1.1 * MiB);
  });

  it("still writes into a workbook whose other, untouched sheet is over the bound", async () => {
    const input = join(dir, "otra-hoja.xlsx");
    const big = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${" ".repeat(2 * MiB)}</sheetData></worksheet>`;
    writeFileSync(
      input,
      await craftedWorkbook(`<sheetData>${PEI_ROWS}</sheetData>`, async (zip) => {
        const wb = await zip.file("xl/workbook.xml")!.async("string");
        zip.file(
          "xl/workbook.xml",
          wb.replace("</sheets>", '<sheet name="Datos" sheetId="2" r:id="rId7"/></sheets>')
        );
        const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
        const rel =
          '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>';
        zip.file(
          "xl/_rels/workbook.xml.rels",
          rels.replace("</Relationships>", `${rel}</Relationships>`)
        );
        zip.file("xl/worksheets/sheet2.xml", big);
      })
    );
    const output = join(dir, "otra-hoja-salida.xlsx");
    const plan = await applyToXlsx(input, output, NATIVE_WITH_SUMMARY, [], { maxPartBytes: MiB });
    expect(plan.cells.some((c) => c.sheet === "Hoja1" && c.formula)).toBe(true);
    const back = join(dir, "otra-hoja-quitado.xlsx");
    expect((await removeFromXlsx(output, back, { maxPartBytes: MiB })).written).toBe(true);
  });

  it("stops at the reader's memory bound with the same Spanish sentence as check", async () => {
    const input = join(dir, "memoria.xlsx");
    writeFileSync(input, await craftedWorkbook(`<sheetData>${PEI_ROWS}</sheetData>`));
    const run = applyToXlsx(input, join(dir, "memoria-salida.xlsx"), NATIVE_WITH_SUMMARY, [], {
      read: { maxRss: MiB },
    });
    await expect(run).rejects.toThrow(/necesitaba más de 1 MB de memoria/);
  });

  it("refuses more rows than it writes into, in Spanish, before building the plan", async () => {
    // 300 000 crafted indicator rows would take the plan past 900 MB; the bound stops them first.
    const input = join(dir, "filas.xlsx");
    writeFileSync(
      input,
      await craftedWorkbook(`<sheetData>${PEI_ROWS}${indicatorRows(3, 30)}</sheetData>`)
    );
    const output = join(dir, "filas-salida.xlsx");
    const build = vi.spyOn(buildPlan, "buildWritePlan");
    try {
      const run = applyToXlsx(input, output, NATIVE_WITH_SUMMARY, [], { maxRows: 20 });
      await expect(run).rejects.toThrow(
        /«.*filas\.xlsx» tiene 32 filas con datos; apply escribe en libros de hasta 20 filas/
      );
      expect(build).not.toHaveBeenCalled();
    } finally {
      build.mockRestore();
    }
    expect(existsSync(output)).toBe(false);
    await applyToXlsx(input, output, NATIVE_WITH_SUMMARY, [], { maxRows: 40 });
    expect(existsSync(output)).toBe(true);
  });
});
