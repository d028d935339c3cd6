import { describe, expect, it } from "vitest";
import { addReportSheetExcel, freeName } from "../../src/excel/reportSheetExcel";
import { FakeExcel } from "../support/fakeExcel";

describe("Excel adapter: the observations sheet", () => {
  it("adds a sheet with the header and rows, as text and numbers, and shows it", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Observaciones");
    const rows = [
      [1, "Este libro", "Tabla 3", "F9", "advertencia", '=HYPERLINK("x")'],
      [2, "Este libro", "Tabla 3", "F44", "aviso", "Texto"],
    ];
    const name = await addReportSheetExcel(
      excel.run,
      "Observaciones",
      ["N.º", "Archivo", "Hoja", "Celda", "Gravedad", "Observación"],
      rows
    );
    expect(name).toBe("Observaciones (2)");
    const sheet = excel.sheets.get(name)!;
    expect(sheet.cells.get("A1")).toBe("N.º");
    expect(sheet.cells.get("A2")).toBe(1);
    expect(sheet.cells.get("D3")).toBe("F44");
    // A text that looks like a formula stays text.
    expect(sheet.cells.get("F2")).toBe('\'=HYPERLINK("x")');
    expect(sheet.frozenRows).toBe(1);
    expect(excel.active).toBe(name);
  });

  it("picks the first free name, whatever the case", () => {
    expect(freeName("Observaciones", ["observaciones", "Observaciones (2)"])).toBe(
      "Observaciones (3)"
    );
    expect(freeName("Observaciones", ["Tabla 3"])).toBe("Observaciones");
  });
});
