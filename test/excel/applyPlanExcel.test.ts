import { describe, expect, it } from "vitest";
import {
  applyPlanExcel,
  PAYLOAD_LIMIT,
  requireApi,
  ExcelHostTooOld,
} from "../../src/excel/applyPlanExcel";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { readSettings } from "../../src/core/plan/settings";
import type { PlanOptions, WritePlan } from "../../src/core/plan/writePlan";
import { WorkbookStop } from "../../src/core/port/workbookPort";
import { a1, parseA1 } from "../../src/core/sheet/address";
import type { CellValue, SheetData } from "../../src/core/sheet/sheetData";
import { FakeExcel, type FakeSheet } from "../support/fakeExcel";
import { sheetOf } from "../support/grid";
import { LARES } from "../fixtures/lares";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";

const OPTIONS: PlanOptions = NATIVE_WITH_SUMMARY;

/** A PEI seguimiento table with `n` AEI (each with one indicator), cycling the real Lares rows. */
function peiRows(n: number, asText = false): CellValue[][] {
  // Exports often carry numbers as text («46,36»): native formulas then convert them, and grow.
  const num = (v: number | null) => (asText && v !== null ? v.toFixed(2).replace(".", ",") : v);
  const rows: CellValue[][] = [
    ["Código", "Denominación", "Logro Esperado", "Valores Obtenidos", "Avance Tipo I (%)"],
  ];
  for (let i = 0; i < n; i++) {
    const src = LARES.rows[i % LARES.rows.length]!;
    const code = `${String(Math.floor(i / 99) + 1).padStart(2, "0")}.${String((i % 99) + 1).padStart(2, "0")}`;
    rows.push(
      [`AEI.${code}`, src.name, null, null, null],
      [`IND.01.AEI.${code}`, src.indicatorName, num(src.le), num(src.vo), null]
    );
  }
  return rows;
}

/** The fake workbook's sheets as the core reads them (values and formulas). */
function sheetsOf(excel: FakeExcel): SheetData[] {
  return [...excel.sheets.values()].map((s) => {
    const used = s.getUsedRangeOrNullObject() as { isNullObject: boolean; formulas?: unknown[][] };
    const formulas = new Map<string, string>();
    const rows = (used.formulas ?? []).map((row, r) =>
      row.map((v, c) => {
        if (typeof v === "string" && v.startsWith("=")) {
          formulas.set(`${String.fromCharCode(65 + c)}${r + 1}`, v);
          return null;
        }
        return v === "" ? null : (v as CellValue);
      })
    );
    return { name: s.name, rows, merges: [], formulas };
  });
}

function bookWith(rows: CellValue[][]) {
  const excel = new FakeExcel();
  excel.addSheet("PEI").fill(rows as (string | number | null)[][]);
  return excel;
}

async function applyToFake(rows: CellValue[][], options: PlanOptions = OPTIONS) {
  const excel = bookWith(rows);
  const plan = buildWritePlan([sheetOf(rows, "PEI")], options);
  const syncs = await applyPlanExcel(plan, excel.run);
  return { excel, plan, syncs };
}

const formulasIn = (s: FakeSheet) =>
  [...s.cells.values()].filter((v) => typeof v === "string" && v.startsWith("=")).length;

describe("Excel adapter: writing a plan", () => {
  it("a 5,000-AEI native write goes out in requests under 4 MB, splitting the one long column", async () => {
    const { excel, plan } = await applyToFake(peiRows(5000, true));
    const formulas = plan.cells.filter((c) => c.formula && c.sheet === "PEI");
    expect(formulas.length).toBe(10_000);
    const columnBytes = formulas.reduce((n, c) => n + (c.formula?.length ?? 0), 0);
    expect(columnBytes).toBeGreaterThan(PAYLOAD_LIMIT); // one request would not do
    expect(excel.maxBytesPerSync).toBeLessThan(PAYLOAD_LIMIT);
    expect(formulasIn(excel.sheets.get("PEI")!)).toBe(10_000);
    if (process.env.SEMAFORO_FIGURES === "1")
      console.info(
        `5,000 AEI nativas: ${(columnBytes / 2 ** 20).toFixed(1)} MB de fórmulas en una columna; ` +
          `${excel.syncs} solicitudes, la mayor de ${(excel.maxBytesPerSync / 2 ** 20).toFixed(2)} MB`
      );
  });

  it("writes the planned formulas and semáforo rules, with events off while writing", async () => {
    const { excel, plan } = await applyToFake(peiRows(30));
    const pei = excel.sheets.get("PEI")!;
    const first = plan.cells.find((c) => c.sheet === "PEI" && c.formula)!;
    expect(pei.cells.get(first.address)).toBe(first.formula);
    expect(first.address).toMatch(/^E\d+$/);
    const rules = [...pei.formats.values()][0]!;
    expect(rules.map((r) => r.fill)).toEqual(["#FFC7CE", "#FFEB9C", "#C6EFCE", "#D9D9D9"]);
    expect(rules[0]?.formula).toBe("=AND(ISNUMBER(E2),E2<75)");
    expect(excel.eventsLog).toEqual([false, true]);
    expect(excel.sheets.get("Semaforo_Ajustes")?.visibility).toBe("Hidden");
    expect(excel.sheets.get("Resumen Semáforo")?.cells.get("A1")).toBe("Resumen del semáforo");
    const settings = readSettings(sheetsOf(excel));
    expect(settings?.celdas).toEqual(plan.settings.celdas);
  });

  it("text that starts with = is written as text, never as a formula", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Hoja");
    const plan: WritePlan = {
      cells: [{ sheet: "Hoja", address: "A1", value: '=HYPERLINK("x")', text: true }],
      formats: [],
      sheets: [],
      conflicts: [],
      notes: [],
      settings: {
        escala: "",
        periodo: "",
        modo: "nativas",
        tope: true,
        celdas: [],
        nombres: [],
        columnas: [],
      },
      names: [],
    };
    await applyPlanExcel(plan, excel.run);
    expect(excel.sheets.get("Hoja")?.cells.get("A1")).toBe('\'=HYPERLINK("x")');
  });

  it("stops before writing anything when a target cell changed since the plan", async () => {
    const rows = peiRows(10);
    const excel = bookWith(rows);
    const plan = buildWritePlan([sheetOf(rows, "PEI")], OPTIONS);
    const target = plan.cells.find((c) => c.sheet === "PEI" && c.formula)!;
    excel.sheets.get("PEI")!.cells.set(target.address, 42); // typed by the planner after «Calcular»
    const expected = plan.cells
      .filter((c) => c.sheet === "PEI")
      .map((c) => ({ sheet: c.sheet, address: c.address, content: "" }));
    const error = await applyPlanExcel(plan, excel.run, { expected }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookStop);
    expect((error as WorkbookStop).reason).toBe("changed");
    expect((error as WorkbookStop).where).toEqual([`PEI!${target.address}`]);
    expect((error as Error).message).toMatch(/Una celda cambió .*No se escribió nada/);
    expect(excel.sheets.get("PEI")!.cells.get(target.address)).toBe(42);
    expect(formulasIn(excel.sheets.get("PEI")!)).toBe(0);
    expect(excel.sheets.has("Semaforo_Ajustes")).toBe(false);
    expect(excel.eventsLog).toEqual([false, true]);
  });

  it("a protected sheet is named in Spanish and nothing is written", async () => {
    const rows = peiRows(10);
    const excel = bookWith(rows);
    excel.sheets.get("PEI")!.protected = true;
    const plan = buildWritePlan([sheetOf(rows, "PEI")], OPTIONS);
    const error = (await applyPlanExcel(plan, excel.run).catch((e: unknown) => e)) as WorkbookStop;
    expect(error.reason).toBe("protected");
    expect(error.message).toMatch(/«PEI» está protegida.*Desproteger hoja/);
    expect(formulasIn(excel.sheets.get("PEI")!)).toBe(0);
    expect(excel.sheets.has("Semaforo_Ajustes")).toBe(false);
  });

  it("a sync failing midway undoes this run: no Semáforo cells left, no settings sheet", async () => {
    const rows = peiRows(3000); // several write requests
    for (let fail = 4; fail <= 7; fail++) {
      const excel = bookWith(rows);
      const plan = buildWritePlan([sheetOf(rows, "PEI")], OPTIONS);
      excel.failAtSync = fail;
      const error = (await applyPlanExcel(plan, excel.run).catch(
        (e: unknown) => e
      )) as WorkbookStop;
      expect(error.reason, `sync ${fail}`).toBe("rolled-back");
      expect(error.message).toMatch(/Excel no pudo completar.*deshizo lo que había escrito/);
      expect(error.message).not.toMatch(/RichApi|internal error/);
      const pei = excel.sheets.get("PEI")!;
      expect(formulasIn(pei), `sync ${fail}`).toBe(0);
      expect(pei.formats.size).toBe(0);
      expect([...excel.sheets.keys()]).toEqual(["PEI"]);
    }
  });

  it("after a failed re-run, the earlier run's formulas and settings are back", async () => {
    const rows = peiRows(3000);
    const excel = bookWith(rows);
    const first = buildWritePlan([sheetOf(rows, "PEI")], { ...OPTIONS, mode: "personalizadas" });
    await applyPlanExcel(first, excel.run);
    const snapshot = new Map(excel.sheets.get("PEI")!.cells);
    const summaryA1 = excel.sheets.get("Resumen Semáforo")!.cells.get("A1");
    const second = buildWritePlan(sheetsOf(excel), OPTIONS); // now native formulas
    excel.failAtSync = excel.syncs + 6;
    const error = (await applyPlanExcel(second, excel.run).catch(
      (e: unknown) => e
    )) as WorkbookStop;
    expect(error.reason).toBe("rolled-back");
    expect(new Map(excel.sheets.get("PEI")!.cells)).toEqual(snapshot);
    expect(readSettings(sheetsOf(excel))?.celdas).toEqual(first.settings.celdas);
    expect(readSettings(sheetsOf(excel))?.modo).toBe("personalizadas");
    expect(excel.sheets.get("Resumen Semáforo")!.cells.get("A1")).toBe(summaryA1);
    expect([...excel.sheets.keys()].sort()).toEqual([
      "PEI",
      "Resumen Semáforo",
      "Semaforo_Ajustes",
    ]);
  });

  it("a failure at any sync of a re-run tells the truth: undone means as before, else all written", async () => {
    const rows = peiRows(30);
    const prepared = async () => {
      const excel = bookWith(rows);
      await applyPlanExcel(
        buildWritePlan([sheetOf(rows, "PEI")], { ...OPTIONS, mode: "personalizadas" }),
        excel.run
      );
      return excel;
    };
    const probe = await prepared();
    const second = buildWritePlan(sheetsOf(probe), OPTIONS);
    const base = probe.syncs;
    const total = await applyPlanExcel(second, probe.run);
    const outcomes: string[] = [];
    for (let k = 1; k <= total; k++) {
      const excel = await prepared();
      const cells = new Map(excel.sheets.get("PEI")!.cells);
      const oldSummary = excel.sheets.get("Resumen Semáforo")!;
      excel.failAtSync = base + k;
      const error = await applyPlanExcel(second, excel.run).then(
        () => null,
        (e: unknown) => e as WorkbookStop
      );
      const names = [...excel.sheets.keys()].sort();
      expect(names, `sync ${k}`).toEqual(["PEI", "Resumen Semáforo", "Semaforo_Ajustes"]);
      expect(excel.eventsLog.at(-1), `sync ${k}`).toBe(true);
      if (error) {
        // Stopped before writing («excel») or undone («rolled-back»): the workbook is as before.
        expect(["excel", "rolled-back"]).toContain(error.reason);
        expect(new Map(excel.sheets.get("PEI")!.cells), `sync ${k}`).toEqual(cells);
        expect(excel.sheets.get("Resumen Semáforo"), `sync ${k}`).toBe(oldSummary);
        expect(readSettings(sheetsOf(excel))?.modo).toBe("personalizadas");
        outcomes.push("undone");
      } else {
        expect(excel.sheets.get("Resumen Semáforo"), `sync ${k}`).not.toBe(oldSummary);
        expect(readSettings(sheetsOf(excel))?.modo).toBe("nativas");
        outcomes.push("written");
      }
    }
    // The swap's own syncs are undone; the old summary's deletion and the events come after.
    expect(outcomes.slice(-3)).toEqual(["undone", "written", "written"]);
  });

  it("the summary gets a stacked bar chart of the levels per OEI, and prints one page wide", async () => {
    const rows = peiRows(30);
    const excel = bookWith(rows);
    const plan = buildWritePlan([sheetOf(rows, "PEI")], OPTIONS);
    await applyPlanExcel(plan, excel.run, {}, { pageLayout: true });
    const summary = excel.sheets.get("Resumen Semáforo")!;
    expect(summary.chartLog).toHaveLength(1);
    const chart = summary.chartLog[0]!;
    expect(chart.type).toBe("BarStacked");
    // Header row «OEI | Malo | Regular | Bueno | Sin dato» and one row per OEI, without totals.
    const [from, to] = chart.source.split(":");
    expect(summary.cells.get(from!)).toBe("OEI");
    expect(to).toMatch(/^E\d+$/);
    expect(summary.cells.get(`A${Number(to!.slice(1)) + 1}`)).toBe("Total");
    expect(chart.fills).toEqual(["#FFC7CE", "#FFEB9C", "#C6EFCE", "#D9D9D9"]);
    expect(chart.title).toMatch(/^PEI — Seguimiento PEI/);
    // Where the plan says: right of the table, from its title row; OEI top to bottom.
    const [drawn] = plan.summaryCharts!;
    expect([chart.at, chart.end]).toEqual([
      a1(drawn!.from.row, drawn!.from.col),
      a1(drawn!.to.row, drawn!.to.col),
    ]);
    expect(summary.cells.get(a1(parseA1(chart.at)!.row, 0))).toMatch(/^PEI — /);
    expect(chart.reversed).toBe(true);
    expect(summary.page).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1 } });
  });

  it("refuses hosts without ExcelApi 1.8, in Spanish", () => {
    expect(() => requireApi(() => false)).toThrow(ExcelHostTooOld);
    expect(() => requireApi(() => false)).toThrow(/Actualice Excel/);
    expect(() => requireApi(() => true)).not.toThrow();
  });
});
