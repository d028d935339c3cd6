import { describe, expect, it } from "vitest";
import { compareCuts, directionOf } from "../../src/core/compare/compareCuts";
import { cutItems } from "../../src/core/compare/cutItems";
import { DEFAULT_CHECK_OPTIONS, checkSheet } from "../../src/core/check/checkSheets";
import { sheetOf } from "../support/grid";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";
import type { CellValue } from "../../src/core/sheet/sheetData";

/** A PEI seguimiento with two AEI: its indicators' logro esperado (LE) and valor obtenido (VO). */
const pei = (le1: number, vo1: number, le2: number, vo2: number, extra: CellValue[][] = []) =>
  sheetOf([
    PEI_SEGUIMIENTO,
    ["OEI.01", "Objetivo", "Gerencia"],
    ...aeiWithIndicator("AEI.01.01", le1, vo1),
    ...aeiWithIndicator("AEI.01.02", le2, vo2),
    ...extra,
  ]);

describe("comparing two cuts of a PEI seguimiento", () => {
  it("matches AEI and indicators by code; a changed logro esperado is a reprogramming", () => {
    const before = pei(10, 5, 100, 90);
    const after = pei(10, 9, 80, 60, aeiWithIndicator("AEI.01.03", 4, 4));
    const cmp = compareCuts(
      cutItems([before], DEFAULT_CHECK_OPTIONS),
      cutItems([after], DEFAULT_CHECK_OPTIONS)
    );
    expect(cmp.nuevos.map((n) => n.codigo)).toEqual(["AEI.01.03", "IND.01.AEI.01.03"]);
    expect(cmp.retirados).toEqual([]);
    const byCode = new Map(cmp.cambios.map((c) => [c.codigo, c]));
    // IND.01.AEI.01.02: 90 / 100 = 90 → 60 / 80 = 75, with its LE moved from 100 to 80.
    expect(byCode.get("IND.01.AEI.01.02")).toMatchObject({
      antes: { valor: 90 },
      ahora: { valor: 75 },
      cambio: -15,
      direccion: "empeoro",
      reprogramado: true,
      posicionesReprogramadas: [1],
    });
    expect(byCode.get("IND.01.AEI.01.01")).toMatchObject({
      direccion: "mejoro",
      reprogramado: false,
    });
    // The values are the ones check reports on each cut.
    const checked = checkSheet(after).matrices[0]!.results;
    for (const c of cmp.cambios)
      expect(c.ahora.valor).toBe(checked.find((r) => r.code === c.codigo)?.value);
    expect(cmp.cambios[0]?.direccion).toBe("empeoro");
  });

  it("a value lost is worse, a value gained better", () => {
    expect(directionOf(50, null)).toBe("empeoro");
    expect(directionOf(null, 0)).toBe("mejoro");
    expect(directionOf(null, null)).toBe("igual");
    expect(directionOf(40, 40)).toBe("igual");
  });
});
