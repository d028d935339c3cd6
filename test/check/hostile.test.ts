import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/runCli";
import type { CheckReport } from "../../src/core/report/checkReport";
import { minimalXlsx, PEI_ROWS } from "./support/hostileFiles";

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

describe("hostile files are each answered quickly, in Spanish, and never cost the batch", () => {
  const dir = mkdtempSync(join(tmpdir(), "semaforo-hostile2-"));
  const file = async (name: string, data: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };

  it("one merge over the whole grid is clipped to the data (no out-of-memory)", async () => {
    const path = await file(
      "merge.xlsx",
      await minimalXlsx(
        `<sheetData>${PEI_ROWS}</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>`
      )
    );
    const started = Date.now();
    const r = await runCli("check", path, "--json");
    expect(Date.now() - started).toBeLessThan(10_000);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.files[0]?.sheets[0]?.matrices[0]?.results[0]?.value).toBe(92.15);
  });

  it("an HTML .xls with colspan and rowspan of 100000 is read in bounded space", async () => {
    const path = await file(
      "spans.xls",
      '<html><table><tr><td colspan="100000" rowspan="100000">x</td><td>y</td></tr></table></html>'
    );
    const before = process.memoryUsage().rss;
    const r = await runCli("check", path, "--json");
    expect((process.memoryUsage().rss - before) / 2 ** 20).toBeLessThan(200);
    expect([0, 1]).toContain(r.code);
    const sheet = (JSON.parse(r.stdout) as CheckReport).files[0]?.sheets[0];
    expect(sheet?.name).toBe("spans");
  });

  it("a text far longer than a cell allows is cut, with a warning, in little memory", async () => {
    const huge = "A".repeat(40 * 2 ** 20);
    const path = await file(
      "texto-enorme.xlsx",
      await minimalXlsx(
        `<sheetData>${PEI_ROWS}<row r="5"><c r="A5" t="s"><v>0</v></c></row></sheetData>`,
        `<si><t>${huge}</t></si>`
      )
    );
    const r = await runCli("check", path);
    expect(r.stdout).toMatch(
      /Aviso: un texto de la tabla de textos compartidos supera 32 767 caracteres/
    );
    expect(r.stdout).toMatch(/Seguimiento PEI/);
  });

  it("a zip that is not a workbook and a renamed .ods are refused with what to do", async () => {
    const JSZip = (await import("jszip")).default;
    const plain = new JSZip();
    plain.file("leeme.txt", "hola");
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", "<office:document-content/>");
    const zipPath = await file("fotos.xlsx", await plain.generateAsync({ type: "nodebuffer" }));
    const odsPath = await file("poi.xlsx", await ods.generateAsync({ type: "nodebuffer" }));
    const r = await runCli("check", zipPath, odsPath);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /fotos\.xlsx\n {2}No se pudo leer: es un archivo comprimido \(\.zip\), no un libro de Excel/
    );
    expect(r.stdout).toMatch(
      /poi\.xlsx\n {2}No se pudo leer: es una hoja de cálculo OpenDocument \(\.ods\).*guárdela como \.xlsx/
    );
  });

  it("terminal escape codes in a cell never reach the terminal", async () => {
    const path = await file(
      "escapes.csv",
      "Código;Denominación;Logro Esperado;Valores Obtenidos\n" +
        "IND.01.AEI.03.01;Indicador uno;46,36;42,72\n" +
        "IND.02.AEI.03.01;Indicador dos;\u001b[2J\u001b[32mOK;42,72\n" +
        "IND.03.AEI.03.01;Indicador tres;50;40\n"
    );
    const r = await runCli("check", path);
    expect(r.stdout).toContain("\uFFFD[2J\uFFFD[32mOK");
    expect(r.stdout + r.stderr).not.toContain("\u001b");
  });

  it("prints each file as soon as it is checked; bad files never hide the good one", async () => {
    const good = await file("bueno.xlsx", await minimalXlsx(`<sheetData>${PEI_ROWS}</sheetData>`));
    const truncated = await file(
      "cortado.xlsx",
      (await minimalXlsx("<sheetData/>")).subarray(0, 200)
    );
    const lines: string[] = [];
    const { main } = await import("../../src/cli/main");
    const code = await main(["check", truncated, good, join(dir, "no-existe.xlsx"), "--jsonl"], {
      out: (t) => lines.push(t),
      err: () => undefined,
    });
    expect(code).toBe(2);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed).toHaveLength(4);
    expect(parsed[0].error).toMatch(/dañado o incompleto/);
    expect(parsed[1].sheets[0].matrices[0].results[0].value).toBe(92.15);
    expect(parsed[2].error).toMatch(/no existe/);
    expect(parsed[3].totals.unreadable).toBe(2);
  });
});
