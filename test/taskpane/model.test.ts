import { describe, expect, it } from "vitest";
import { plural } from "../../src/core/text/plural";
import { expectedCells, writeTargets } from "../../src/taskpane/model/writeTargets";
import type { WritePlan } from "../../src/core/plan/writePlan";
import type { SheetData } from "../../src/core/sheet/sheetData";

const sheet: SheetData = {
  name: "PEI",
  rows: [
    ["Código", "Avance"],
    ["IND.01", " 55 "],
    ["IND.02", null],
  ],
  merges: [],
  formulas: new Map([["B3", "=PLAN.AVANCE_TIPO1(C3,D3)"]]),
};

const plan: WritePlan = {
  cells: [
    { sheet: "PEI", address: "B2", formula: "=X()", value: 1 },
    { sheet: "PEI", address: "B3", formula: "=X()", value: 1 },
    { sheet: "PEI", address: "E1", value: "Avance calculado (%)", text: true },
    { sheet: "Semaforo_Ajustes", address: "A1", value: "clave", text: true },
  ],
  formats: [{ sheet: "PEI", range: "B2:B3", rules: [] }],
  sheets: [{ name: "Semaforo_Ajustes", hidden: true }],
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

describe("pane model helpers", () => {
  it("plurals agree with their count", () => {
    expect(plural(1, "celda", "celdas")).toBe("1 celda");
    expect(plural(0, "celda", "celdas")).toBe("0 celdas");
    expect(plural(2, "fórmula", "fórmulas")).toBe("2 fórmulas");
  });

  it("names each sheet's columns, formulas and painted cells, leaving Semáforo's own sheets out", () => {
    expect(writeTargets(plan)).toEqual([{ sheet: "PEI", columns: ["B"], formulas: 2, painted: 2 }]);
  });

  it("records what each target cell held, raw (text untrimmed, formulas as written)", () => {
    expect(expectedCells(plan, [sheet])).toEqual([
      { sheet: "PEI", address: "B2", content: " 55 " },
      { sheet: "PEI", address: "B3", content: "=PLAN.AVANCE_TIPO1(C3,D3)" },
      { sheet: "PEI", address: "E1", content: "" },
    ]);
  });
});
