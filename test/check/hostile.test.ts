import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/runCli";
import type { CheckReport } from "../../src/cli/checkReport";

describe("hostile workbooks", () => {
  it("a sheet that declares 1,048,576 rows with few cells gives a clean report in bounded memory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-hostile-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Enorme");
    ws.getCell("A1").value = "Código";
    ws.getCell("B1").value = "Denominación";
    ws.getCell("C1").value = "Logro Esperado";
    ws.getCell("D1").value = "Valores Obtenidos";
    ws.getCell("A2").value = "IND.01.AEI.03.01";
    ws.getCell("C2").value = 46.36;
    ws.getCell("D2").value = 42.72;
    ws.getCell("XFD1048576").value = "fin";
    const file = join(dir, "enorme.xlsx");
    await wb.xlsx.writeFile(file);
    // Also declare the whole grid as the sheet's dimension, as some generators do.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheetXml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
    );
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));

    const before = process.memoryUsage().heapUsed;
    const r = await runCli("check", file, "--json");
    const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    expect([0, 1], r.stderr).toContain(r.code);
    const report = JSON.parse(r.stdout) as CheckReport;
    const m = report.files[0]?.sheets[0]?.matrices[0];
    expect(m?.kind).toBe("pei-seguimiento");
    expect(m?.results[0]).toMatchObject({ code: "IND.01.AEI.03.01", value: 92.15 });
    expect(grown).toBeLessThan(256);
  });
});
