import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { APPLY_DEFAULTS } from "../support/planOptions";
import { craftedWorkbook, PEI_ROWS } from "./support/craftedWorkbook";

const TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_S = "http://purl.oclc.org/ooxml/officeDocument/relationships";

describe("a Strict Open XML workbook", () => {
  it("is read by check, and apply and quitar refuse it in Spanish without writing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-strict-"));
    const input = join(dir, "estricto.xlsx");
    writeFileSync(
      input,
      await craftedWorkbook(`<sheetData>${PEI_ROWS}</sheetData>`, async (zip) => {
        for (const path of Object.keys(zip.files).filter((p) => !zip.files[p]!.dir)) {
          const text = await zip.file(path)!.async("string");
          zip.file(path, text.split(TRANSITIONAL).join(STRICT).split(REL_T).join(REL_S));
        }
      })
    );
    const read = await openWorkbook(input);
    expect(read.sheets[0]?.rows.length).toBeGreaterThan(1);
    const output = join(dir, "salida.xlsx");
    await expect(applyToXlsx(input, output, APPLY_DEFAULTS)).rejects.toThrow(
      /Open XML estricta».*guárdelo como «Libro de Excel \(\.xlsx\)»/
    );
    await expect(removeFromXlsx(input, output)).rejects.toThrow(/Open XML estricta/);
    expect(existsSync(output)).toBe(false);
  });
});
