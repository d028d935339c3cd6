import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { readCsv } from "../../src/xlsx/readCsv";
import { readHtmlTables } from "../../src/xlsx/readHtmlTable";
import { checkSheet } from "../../src/core/check/checkSheets";

const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const td = (v: string | number) => `<td>${v}</td>`;

/**
 * The Aplicativo's "POI por actividad operativa" export: an HTML table saved as .xls, IDs with a
 * leading apostrophe, a title cell spanning columns, one more cell per data row than the header.
 * AO AOI00012700428 is the INMP example of ceplan.md §3.3 (F(RE) Mar/Aug/Dec; F(SE) 1,0,1,0,0).
 */
function exportHtml(): string {
  const header = [
    "POI",
    "Etapa",
    "UE ID",
    "Actividad Operativa ID",
    "Actividad Operativa",
    "Acumulado",
    "Tipo",
    ...months.map((m) => `F(RE) ${m}`),
    ...months.map((m) => `F(SE) ${m}`),
    ...months.map((m) => `Motivo(SE) ${m}`),
  ];
  const ao = (id: string, name: string, re: number[], se: (number | "")[], motivo: string[] = []) =>
    `<tr>${["2026", "SEGUIMIENTO", "'000127", `'${id}`, name, "SI", "ANUAL"].map(td).join("")}` +
    re.map(td).join("") +
    se.map(td).join("") +
    months.map((_, i) => td(motivo[i] ?? "")).join("") +
    "<td></td></tr>";
  return `<html><body><table border="1">
    <tr><th colspan="${header.length}">POI POR ACTIVIDAD OPERATIVA</th></tr>
    <tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr>
    ${ao("AOI00012700428", "0215086 - PERSONA TRATADA", [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1], [1, 0, 1, 0, 0, "", "", "", "", "", "", ""])}
    ${ao("AOI00012700429", "0215087 - ATENCIÓN DE CONSULTAS", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], [5, 6, 4, 5, 5, "", "", "", "", "", "", ""], ["", "Mayor demanda"])}
  </table></body></html>`;
}

describe("the Aplicativo's HTML export (.xls)", () => {
  it("reads the table with colspan, apostrophe IDs and the ragged trailing cell", () => {
    const [sheet] = readHtmlTables(exportHtml(), "POI");
    expect(sheet?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 42 }]);
    expect(sheet?.rows[2]?.[2]).toBe("000127");
    expect(sheet?.rows[2]?.[3]).toBe("AOI00012700428");
    expect(sheet?.rows[2]?.length).toBe(44);
  });

  it("is detected as poi-export; execution up to the last reported month is 200 % (raw)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-html-"));
    const file = join(dir, "POI_PORACTIVIDADOPERATIVA_ANUAL_000127.xls");
    writeFileSync(file, exportHtml(), "latin1");
    const wb = await openWorkbook(file);
    expect(wb.format).toBe("html");
    expect(wb.notice).toBeUndefined();
    const [m] = checkSheet(wb.sheets[0]!, { scale: PERIOD_CHOICE, maxFindings: 200 }).matrices;
    expect(m?.kind).toBe("poi-export");
    expect(m?.results.map((r) => [r.code, r.value])).toEqual([
      ["AOI00012700428", 200],
      ["AOI00012700429", 100],
    ]);
    const rules = m?.findings.map((f) => `${f.rule}@${f.cell}`);
    expect(rules).toContain("V11.sin-programacion@T3"); // F(SE) 01: executed in January, nothing reprogrammed
    expect(rules).toContain("V11.sobre-ejecucion@D3");
    expect(rules).toContain("V11.sin-motivo@V4"); // March deviation (4 vs 5) without a motivo
    expect(rules).not.toContain("V11.sin-motivo@U4"); // February has its motivo
  });
});

describe("CSV", () => {
  it("guesses the delimiter, honours quotes, and keeps numbers as text for the core to parse", () => {
    const sheet = readCsv(
      'Código;Denominación;Logro Esperado\n"AEI.08.05";"Recaudación; tributos";"3.047,00"\r\n',
      "datos"
    );
    expect(sheet.rows).toEqual([
      ["Código", "Denominación", "Logro Esperado"],
      ["AEI.08.05", "Recaudación; tributos", "3.047,00"],
    ]);
  });

  it("a PEI table saved as CSV is checked like the workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-csv-"));
    const file = join(dir, "pei.csv");
    writeFileSync(
      file,
      [
        "Código,Denominación,Logro Esperado,Valores Obtenidos,Avance Tipo I (%)",
        "AEI.03.01,Infraestructura de riego,,,92.15",
        "IND.01.AEI.03.01,Porcentaje de superficie con riego tecnificado,46.36,42.72,92.15",
        'IND.01.AEI.08.05,Tributos recaudados,"3,047.00","1,295.60",42.52',
      ].join("\n")
    );
    const wb = await openWorkbook(file);
    const [m] = checkSheet(wb.sheets[0]!, { scale: PERIOD_CHOICE, maxFindings: 200 }).matrices;
    expect(m?.results.map((r) => [r.code, r.value])).toEqual([
      ["AEI.03.01", 92.15],
      ["IND.01.AEI.03.01", 92.15],
      ["IND.01.AEI.08.05", 42.52],
    ]);
    expect(m?.findings.find((f) => f.rule === "V2.aei-sin-indicador")).toBeUndefined();
  });
});

describe(".xlsx reader", () => {
  it("reads a valid workbook whatever the order of its parts (worksheets before the workbook)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const JSZip = (await import("jszip")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Datos").getCell("A1").value = "Código";
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const reordered = new JSZip();
    const names = Object.keys(zip.files).sort(
      (a, b) => Number(b.includes("worksheets/")) - Number(a.includes("worksheets/"))
    );
    for (const name of names) {
      const f = zip.file(name);
      if (f) reordered.file(name, await f.async("uint8array"));
    }
    const dir = mkdtempSync(join(tmpdir(), "semaforo-order-"));
    const file = join(dir, "orden.xlsx");
    writeFileSync(file, await reordered.generateAsync({ type: "nodebuffer" }));
    for (let i = 0; i < 5; i++) {
      const opened = await openWorkbook(file);
      expect(opened.sheets.map((s) => [s.name, s.rows[0]?.[0]])).toEqual([["Datos", "Código"]]);
    }
  });

  it("blanks merged cells other than the master, as the file stores them", async () => {
    const { samplePath } = await import("../support/samples");
    const opened = await openWorkbook(samplePath("emsapuno-poi-2024.xlsx"));
    const poi = opened.sheets[0]!;
    const merge = poi.merges.find((m) => m.right - m.left === 15);
    expect(merge).toBeDefined();
    expect(poi.rows[merge!.top]?.[merge!.left]).toBe("Programación Mensual");
    expect(poi.rows[merge!.top]?.[merge!.left + 1]).toBeNull();
  });
});
