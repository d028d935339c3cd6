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

  it("stops at the reader's memory bound with the same Spanish sentence as check", async () => {
    const input = join(dir, "memoria.xlsx");
    writeFileSync(input, await craftedWorkbook(`<sheetData>${PEI_ROWS}</sheetData>`));
    const run = applyToXlsx(input, join(dir, "memoria-salida.xlsx"), NATIVE_WITH_SUMMARY, [], {
      read: { maxRss: MiB },
    });
    await expect(run).rejects.toThrow(/necesitaba más de 1 MB de memoria/);
  });
});
