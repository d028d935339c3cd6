import { describe, expect, it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../../src/core/check/checkSheets";
import type { SavedMatrixMap } from "../../src/core/columnMap/savedMap";
import { parseSavedMaps } from "../../src/core/columnMap/parseSavedMaps";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { SUMMARY_SHEET } from "../../src/core/plan/writePlan";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { sheetOf } from "../support/grid";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";

/** Metas with their clasificadores below them, then a note and a table the planner keeps apart. */
const grid: CellValue[][] = [
  ["Meta / Clasificador", "PIM", "Devengado"],
  ["META 0001 Gestión administrativa", 300, 150],
  ["2.3.1.5.1.2 Papelería", 100, 50],
  ["2.3.2.7.1.1 Consultorías", 200, 100],
  ["META 0002 Mantenimiento de caminos", 500, 400],
  ["2.3.2.4.1.1 Mantenimiento de vías", 500, 400],
  ["Nota del área usuaria", 1, 2],
  ["Otra tabla", 10, 20],
];

const map = (extra: Partial<SavedMatrixMap>): SavedMatrixMap => ({
  hoja: "Metas",
  tipo: "presupuesto-ejecucion",
  encabezado: { desde: 1, hasta: 1 },
  columnas: { A: "partida", B: "pim", C: "devengado" },
  ...extra,
});

describe("a column map sets the rows and the subtotal lines (issue 24, points 4 and 5)", () => {
  const withMap = (m: SavedMatrixMap) =>
    checkSheet(sheetOf(grid, "Metas"), { ...DEFAULT_CHECK_OPTIONS, maps: [m] }).matrices;

  it("filas {desde, hasta} ends the matrix where the planner says", () => {
    const [all] = withMap(map({}));
    expect(all?.rows).toBe(7);
    const [bounded] = withMap(map({ filas: { hasta: 6 } }));
    expect(bounded?.rows).toBe(5);
    expect(bounded?.results.map((r) => r.code).at(-1)).toBe("2.3.2.4.1.1 Mantenimiento de vías");
    const [from] = withMap(map({ filas: { desde: 3, hasta: 4 } }));
    expect(from?.results.map((r) => r.code)).toEqual([
      "2.3.1.5.1.2 Papelería",
      "2.3.2.7.1.1 Consultorías",
    ]);
  });

  it("subtotal lines are measured but counted once, by text or by row", () => {
    for (const subtotales of [{ columna: "A", texto: ["meta"] }, { filas: [2, 5] }]) {
      const m = map({ filas: { hasta: 6 }, subtotales });
      const [matrix] = withMap(m);
      expect(matrix?.results.map((r) => r.code)).toEqual([
        "2.3.1.5.1.2 Papelería",
        "2.3.2.7.1.1 Consultorías",
        "2.3.2.4.1.1 Mantenimiento de vías",
      ]);
      const plan = buildWritePlan([sheetOf(grid, "Metas")], { ...NATIVE_WITH_SUMMARY, maps: [m] });
      // Five avances are written (the metas too), the summary counts the three lines.
      expect(plan.cells.filter((c) => c.sheet === "Metas" && c.formula).length).toBe(5);
      const counts = plan.cells.filter(
        (c) => c.sheet === SUMMARY_SHEET && typeof c.value === "number" && c.formula
      );
      expect(Math.max(...counts.map((c) => c.value as number))).toBe(3);
    }
  });

  it("a map's filas and subtotales are read from JSON, and a wrong one is refused in Spanish", () => {
    const ok = parseSavedMaps(map({ filas: { desde: 2, hasta: 6 }, subtotales: { filas: [2] } }));
    expect(ok.ok).toBe(true);
    const bad = parseSavedMaps(map({ filas: { desde: 6, hasta: 2 } }));
    expect(bad).toEqual({
      ok: false,
      message: "mapa 1 (filas): «hasta» no puede ser menor que «desde».",
    });
  });
});
