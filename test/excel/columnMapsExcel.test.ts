import { describe, expect, it } from "vitest";
import type { SavedMatrixMap } from "../../src/core/columnMap/savedMap";
import { readSettings } from "../../src/core/plan/settings";
import { SETTINGS_SHEET } from "../../src/core/plan/writePlan";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { saveColumnMapsExcel } from "../../src/excel/columnMapsExcel";
import { FakeExcel } from "../support/fakeExcel";

const MAP: SavedMatrixMap = {
  hoja: "POI 2026",
  tipo: "poi-tareas",
  encabezado: { desde: 2, hasta: 2 },
  columnas: { C: "actividad", D: "tarea", F: "mes:1", G: "mes:2", H: "mes:3" },
};

/** The settings as the core reads them back from the fake's hidden sheet. */
function stored(excel: FakeExcel) {
  const sheet = excel.sheets.get(SETTINGS_SHEET);
  if (!sheet) return null;
  const used = sheet.getUsedRangeOrNullObject() as { values?: CellValue[][] };
  return readSettings([{ name: SETTINGS_SHEET, rows: used.values ?? [], merges: [] }]);
}

describe("saving column maps in Excel", () => {
  it("creates the hidden settings sheet with the maps, events off meanwhile", async () => {
    const excel = new FakeExcel();
    excel.addSheet("POI 2026");
    await saveColumnMapsExcel(excel.run, [MAP]);
    expect(excel.sheets.get(SETTINGS_SHEET)?.visibility).toBe("Hidden");
    expect(stored(excel)?.columnas).toEqual([MAP]);
    expect(excel.eventsLog).toEqual([false, true]);
  });

  it("replaces only the maps: the cells Semáforo owns and the scale stay", async () => {
    const excel = new FakeExcel();
    excel.addSheet(SETTINGS_SHEET).fill([
      ["clave", "valor"],
      ["escala", "Bajo:0,Medio:80,Alto:91"],
      ["periodo", "anual"],
      ["modo", "nativas"],
      ["tope", "FALSO"],
      ["celdas", "PEI!G6:G18"],
      ["nombres", ""],
      ["columnas", JSON.stringify([{ ...MAP, hoja: "Vieja" }])],
    ]);
    await saveColumnMapsExcel(excel.run, [MAP]);
    expect(stored(excel)).toMatchObject({
      escala: "Bajo:0,Medio:80,Alto:91",
      modo: "nativas",
      tope: false,
      celdas: ["PEI!G6:G18"],
      columnas: [MAP],
    });
    await saveColumnMapsExcel(excel.run, []);
    expect(stored(excel)?.columnas).toEqual([]);
  });

  it("a failing request becomes a Spanish WorkbookStop", async () => {
    const excel = new FakeExcel();
    excel.failAtSync = 1;
    const error = await saveColumnMapsExcel(excel.run, [MAP]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "WorkbookStop" });
    expect((error as Error).message).not.toMatch(/RichApi/);
  });
});
