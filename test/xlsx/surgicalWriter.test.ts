import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { topElements } from "../../src/xlsx/ooxml/conditionalFormats";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import { richWorkbook } from "./support/richWorkbook";
import { changedParts, partsOf, withPart } from "./support/parts";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";

const NATIVE: PlanOptions = NATIVE_WITH_SUMMARY;
const SHEET = "xl/worksheets/sheet1.xml";
/** The parts apply may rewrite; new sheets are added beside them. */
const TOUCHED = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/workbook.xml",
  SHEET,
];

let dir: string;
let input: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-surgical-"));
  input = join(dir, "rico.xlsx");
  writeFileSync(input, await richWorkbook());
});

const cellsOf = (xml: string) =>
  [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m[0]]);

describe("apply on a workbook rich in what ExcelJS loses", () => {
  it("copies every part it does not need byte for byte and adds only its two sheets and the chart", async () => {
    const output = join(dir, "salida.xlsx");
    const plan = await applyToXlsx(input, output, NATIVE);
    expect(plan.cells.some((c) => c.sheet === "Tabla 3" && c.formula)).toBe(true);
    const [before, after] = [await partsOf(input), await partsOf(output)];
    expect(changedParts(before, after)).toEqual(
      [
        ...TOUCHED,
        "xl/worksheets/sheet3.xml",
        "xl/worksheets/sheet4.xml",
        // The summary's table of the indicators and its chart (the planner's own is chart1).
        "xl/worksheets/_rels/sheet3.xml.rels",
        "xl/drawings/drawing2.xml",
        "xl/drawings/_rels/drawing2.xml.rels",
        "xl/charts/chart2.xml",
      ].sort()
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps every element and every planner cell of the sheet it writes into", async () => {
    const output = join(dir, "elementos.xlsx");
    await applyToXlsx(input, output, NATIVE);
    const [before, after] = [
      (await partsOf(input)).get(SHEET)!.toString(),
      (await partsOf(output)).get(SHEET)!.toString(),
    ];
    for (const e of topElements(before)) {
      if (e.name !== "sheetData" && e.name !== "dimension") expect(after, e.name).toContain(e.xml);
    }
    // The dimension and the rows' spans take in the new column E (streaming readers need it).
    expect(before).toContain('<dimension ref="A1:D4"/>');
    expect(after).toContain('<dimension ref="A1:E4"/>');
    expect(after).toMatch(/<row r="3" spans="1:5">/);
    const written = new Set(["E1", "E2", "E3", "E4"]);
    for (const [address, xml] of cellsOf(before)) {
      if (!written.has(address!)) expect(after, address).toContain(xml);
    }
    // The styled empty cell keeps its style; the row keeps its stored height.
    expect(after).toMatch(/<row r="2" spans="1:5" ht="18">.*<c r="E2" s="2"><f>/);
    expect(after).toContain(
      '<conditionalFormatting sqref="E2:E4"><cfRule type="expression" dxfId="1" priority="2"'
    );
    const names = topElements(after).map((e) => e.name);
    expect(names.indexOf("conditionalFormatting")).toBeLessThan(names.indexOf("dataValidations"));
  });

  it("writes formulas with cached values the streaming reader reads back", async () => {
    const output = join(dir, "valores.xlsx");
    await applyToXlsx(input, output, NATIVE);
    const wb = await openWorkbook(output);
    const sheet = wb.sheets.find((s) => s.name === "Tabla 3")!;
    expect(sheet.rows[1]?.[4]).toBe(80);
    expect(sheet.rows[3]?.[4]).toBe(20);
    expect(sheet.formulas?.get("E2")).toMatch(/^=IF\(/);
    expect(sheet.rows[0]?.[4]).toBe("Avance calculado (%)");
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Tabla 3",
      "Datos",
      "Resumen Semáforo",
      "Semaforo_Ajustes",
    ]);
  });

  it("never touches the planner's own conditional format at the same address on another sheet", async () => {
    const once = join(dir, "cf1.xlsx");
    const twice = join(dir, "cf2.xlsx");
    await applyToXlsx(input, once, NATIVE);
    await applyToXlsx(once, twice, NATIVE);
    const datos = (await partsOf(twice)).get("xl/worksheets/sheet2.xml")!;
    expect(datos.equals((await partsOf(input)).get("xl/worksheets/sheet2.xml")!)).toBe(true);
  });

  it.each(["Tabla 3", "D'Arcy 2025"])(
    "applying twice gives the same bytes (sheet «%s»)",
    async (name) => {
      const source = join(dir, `idem-${name.length}.xlsx`);
      writeFileSync(source, await richWorkbook({ sheetName: name }));
      const once = join(dir, `idem-${name.length}-1.xlsx`);
      const twice = join(dir, `idem-${name.length}-2.xlsx`);
      await applyToXlsx(source, once, NATIVE);
      await applyToXlsx(once, twice, NATIVE);
      expect(changedParts(await partsOf(once), await partsOf(twice))).toEqual([]);
    }
  );

  it("quitar gives back every part of the planner's workbook", async () => {
    const applied = join(dir, "para-quitar.xlsx");
    const back = join(dir, "devuelto.xlsx");
    await applyToXlsx(input, applied, NATIVE);
    const result = await removeFromXlsx(applied, back);
    expect(result.written).toBe(true);
    expect(result.plan.sheets).toEqual(["Resumen Semáforo", "Semaforo_Ajustes"]);
    const changed = changedParts(await partsOf(input), await partsOf(back));
    expect(changed.filter((p) => p !== "xl/calcChain.xml" && p !== "docProps/app.xml")).toEqual([]);
  });

  it("quitar on a workbook Semáforo never touched writes nothing", async () => {
    const result = await removeFromXlsx(input, join(dir, "nada.xlsx"));
    expect(result.written).toBe(false);
    expect(readdirSync(dir)).not.toContain("nada.xlsx");
  });
});

describe("macros, the planner's summary and file errors", () => {
  it(".xlsm in gives .xlsm out with its VBA project, and refuses an .xlsx output", async () => {
    const xlsm = join(dir, "macros.xlsm");
    writeFileSync(xlsm, await richWorkbook({ macros: true }));
    const out = join(dir, "macros-salida.xlsm");
    await applyToXlsx(xlsm, out, NATIVE);
    const [before, after] = [await partsOf(xlsm), await partsOf(out)];
    expect(after.get("xl/vbaProject.bin")!.equals(before.get("xl/vbaProject.bin")!)).toBe(true);
    expect(after.get("[Content_Types].xml")!.toString()).toContain("macroEnabled.main+xml");
    await expect(applyToXlsx(xlsm, join(dir, "sin-macros.xlsx"), NATIVE)).rejects.toThrow(
      /tiene macros: la salida debe ser \.xlsm/
    );
    await expect(applyToXlsx(input, join(dir, "falso.xlsm"), NATIVE)).rejects.toThrow(
      /no tiene macros: guarde la salida como \.xlsx/
    );
  });

  it("a summary the planner edited is kept as it is, reported, and never removed", async () => {
    const first = join(dir, "resumen-1.xlsx");
    await applyToXlsx(input, first, NATIVE);
    const edited = join(dir, "resumen-editado.xlsx");
    const summaryPath = "xl/worksheets/sheet3.xml";
    writeFileSync(
      edited,
      await withPart(first, summaryPath, (xml) =>
        xml.replace("Resumen del semáforo", "Resumen del semáforo — revisado por la OPP")
      )
    );
    const again = join(dir, "resumen-2.xlsx");
    const plan = await applyToXlsx(edited, again, NATIVE);
    expect(plan.notes.join(" ")).toMatch(/«Resumen Semáforo» tiene cambios suyos/);
    const [e, a] = [await partsOf(edited), await partsOf(again)];
    expect(a.get(summaryPath)!.equals(e.get(summaryPath)!)).toBe(true);
    const back = join(dir, "resumen-quitado.xlsx");
    const removed = await removeFromXlsx(again, back);
    expect(removed.plan.sheets).toEqual(["Semaforo_Ajustes"]);
    expect((await partsOf(back)).get(summaryPath)!.equals(e.get(summaryPath)!)).toBe(true);
  });

  it("file-system failures are Spanish sentences naming the file, with no temporary file left", async () => {
    await expect(
      applyToXlsx(join(dir, "no-existe.xlsx"), join(dir, "x.xlsx"), NATIVE)
    ).rejects.toThrow(/No se encontró el archivo «.*no-existe\.xlsx»/);
    const missingFolder = join(dir, "carpeta-inexistente", "salida.xlsx");
    await expect(applyToXlsx(input, missingFolder, NATIVE)).rejects.toThrow(
      /No existe la carpeta donde debe guardarse «.*salida\.xlsx»/
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
