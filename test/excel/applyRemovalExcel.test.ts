import { describe, expect, it } from "vitest";
import { applyPlanExcel } from "../../src/excel/applyPlanExcel";
import { applyRemovalExcel } from "../../src/excel/applyRemovalExcel";
import { readSheetsExcel } from "../../src/excel/readSheetsExcel";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { buildRemovalPlan } from "../../src/core/plan/removalPlan";
import { WorkbookStop } from "../../src/core/port/workbookPort";
import { FakeExcel } from "../support/fakeExcel";
import type { SavedMatrixMap } from "../../src/core/columnMap/savedMap";
import { removesResults, resultsRemoval } from "../../src/core/plan/keepSettings";
import { readSettings } from "../../src/core/plan/settings";
import { saveColumnMapsExcel } from "../../src/excel/columnMapsExcel";

const ROWS: (string | number | null)[][] = [
  ["Código", "Denominación", "Logro Esperado", "Valores Obtenidos"],
  ["AEI.01.01", "Acción uno", null, null],
  ["IND.01.AEI.01.01", "Indicador uno", 50, 40],
  ["IND.02.AEI.01.01", "Indicador dos", 80, 80],
  ["AEI.01.02", "Acción dos", null, null],
  ["IND.01.AEI.01.02", "Indicador tres", 10, 2],
];

async function written() {
  const excel = new FakeExcel();
  excel.addSheet("PEI").fill(ROWS);
  excel.addSheet("Notas").fill([["mías"]]);
  const before = new Map(excel.sheets.get("PEI")!.cells);
  const plan = buildWritePlan(await readSheetsExcel(excel.run), {
    mode: "personalizadas",
    tope: true,
    scale: { kind: "periodo" },
    period: null,
    summary: true,
    force: false,
  });
  await applyPlanExcel(plan, excel.run);
  return { excel, before };
}

describe("Excel adapter: «Quitar lo escrito por Semáforo»", () => {
  it("removes exactly what the run wrote, from the core's removal plan", async () => {
    const { excel, before } = await written();
    expect(excel.sheets.get("PEI")!.cells.size).toBeGreaterThan(before.size);
    const removal = buildRemovalPlan(await readSheetsExcel(excel.run));
    await applyRemovalExcel(removal, excel.run);
    expect(new Map(excel.sheets.get("PEI")!.cells)).toEqual(before);
    expect(excel.sheets.get("PEI")!.formats.size).toBe(0);
    expect([...excel.sheets.keys()]).toEqual(["PEI", "Notas"]);
    expect(excel.sheets.get("Notas")!.cells.get("A1")).toBe("mías");
    expect(excel.eventsLog.slice(-2)).toEqual([false, true]);
  });

  it("a protected sheet stops the removal before anything changes", async () => {
    const { excel } = await written();
    const removal = buildRemovalPlan(await readSheetsExcel(excel.run));
    const cells = new Map(excel.sheets.get("PEI")!.cells);
    excel.sheets.get("PEI")!.protected = true;
    const error = (await applyRemovalExcel(removal, excel.run).catch(
      (e: unknown) => e
    )) as WorkbookStop;
    expect(error.reason).toBe("protected");
    expect(error.message).toMatch(/«PEI» está protegida: Semáforo no quitó nada/);
    expect(new Map(excel.sheets.get("PEI")!.cells)).toEqual(cells);
    expect(excel.sheets.has("Semaforo_Ajustes")).toBe(true);
  });

  it("«Quitar» without «también la configuración» keeps the column maps and the scale", async () => {
    const { excel, before } = await written();
    const map: SavedMatrixMap = {
      hoja: "Notas",
      tipo: "poi-tareas",
      encabezado: { desde: 2, hasta: 2 },
      columnas: { C: "actividad", D: "tarea", F: "mes:1", G: "mes:2", H: "mes:3" },
    };
    await saveColumnMapsExcel(excel.run, [map]);
    const sheets = await readSheetsExcel(excel.run);
    const { plan, keep } = resultsRemoval(buildRemovalPlan(sheets), sheets, false);
    await applyRemovalExcel(plan, excel.run, keep);
    expect(new Map(excel.sheets.get("PEI")!.cells)).toEqual(before);
    expect([...excel.sheets.keys()]).toEqual(["PEI", "Notas", "Semaforo_Ajustes"]);
    const after = readSettings(await readSheetsExcel(excel.run));
    expect(after?.columnas).toEqual([map]);
    expect(after?.escala).toBe(readSettings(sheets)?.escala);
    expect(after?.celdas).toEqual([]);
    // Nothing of Semáforo's results is left to remove.
    expect(removesResults(buildRemovalPlan(await readSheetsExcel(excel.run)))).toBe(false);
  });
});
