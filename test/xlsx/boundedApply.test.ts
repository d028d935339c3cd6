import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { craftedWorkbook, PEI_ROWS } from "./support/craftedWorkbook";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-bounded-"));
});

const MiB = 2 ** 20;

describe("apply and quitar never hold a part over the bound as one text", () => {
  it("refuses a sheet that inflates past the bound with a Spanish reason, writing nothing", async () => {
    // Megabytes of spaces between rows: valid XML, tiny compressed, huge inflated.
    const input = join(dir, "espacios.xlsx");
    writeFileSync(
      input,
      await craftedWorkbook(`<sheetData>${PEI_ROWS}${" ".repeat(3 * MiB)}</sheetData>`)
    );
    const output = join(dir, "espacios-salida.xlsx");
    const run = applyToXlsx(input, output, NATIVE_WITH_SUMMARY, [], { maxPartBytes: MiB });
    await expect(run).rejects.toThrow(
      /«.*espacios\.xlsx» su parte «xl\/worksheets\/sheet1\.xml» se descomprime en más de 1 MB/
    );
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the same workbook when the bound leaves room for it", async () => {
    const input = join(dir, "holgado.xlsx");
    writeFileSync(
      input,
      await craftedWorkbook(`<sheetData>${PEI_ROWS}${" ".repeat(MiB)}</sheetData>`)
    );
    const output = join(dir, "holgado-salida.xlsx");
    await applyToXlsx(input, output, NATIVE_WITH_SUMMARY, [], { maxPartBytes: 2 * MiB });
    expect(existsSync(output)).toBe(true);
    // quitar reads the written sheet back under the same bound, and refuses below it.
    const again = join(dir, "holgado-quitado.xlsx");
    await expect(removeFromXlsx(output, again, { maxPartBytes: MiB / 2 })).rejects.toThrow(
      /se descomprime en más de/
    );
    expect((await removeFromXlsx(output, again, { maxPartBytes: 2 * MiB })).written).toBe(true);
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
});
