import { describe, expect, it } from "vitest";
import { detectMatrices } from "../../src/core/detect/detectMatrices";
import { KIND_IDS } from "../../src/core/kinds/kindIds";
import { KINDS, kindLabel } from "../../src/core/kinds/registry";
import { sheetOf } from "../support/grid";
import {
  PEI_MATRIZ,
  PEI_SEGUIMIENTO,
  POI_EXPORT,
  POI_SEGUIMIENTO,
  activity,
  aeiWithIndicator,
  aoLines,
  exportRow,
  ficha,
} from "../support/kindGrids";

describe("matrix kinds registry", () => {
  it("lists every kind id once, each with a Spanish label", () => {
    expect(KINDS.map((k) => k.id).sort()).toEqual([...KIND_IDS].sort());
    for (const id of KIND_IDS) expect(kindLabel(id).length).toBeGreaterThan(5);
  });

  it.each([
    ["pei-seguimiento", [PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.01.01", 46.36, 42.72, 92.15)]],
    [
      "pei-matriz",
      [
        PEI_MATRIZ,
        ["OEI.01", "Objetivo", null],
        ["AEI.01.01", "Acción", null],
        ["IND.01.AEI.01.01", "Indicador", "Porcentaje", 10, 20, 30, "GG"],
      ],
    ],
    [
      "poi-programacion",
      ficha([activity("01", "Boletín interno", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]),
    ],
    [
      "poi-seguimiento",
      [
        POI_SEGUIMIENTO,
        ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 1, 0, 0, 0], [1, 0, 1, 0, 0, 0]),
      ],
    ],
    ["poi-export", [POI_EXPORT, exportRow("AOI00012700428", [0, 0, 1], [1, 0, 1])]],
  ])("a %s grid is detected as that kind, with full confidence in its columns", (kind, grid) => {
    const [m] = detectMatrices(sheetOf(grid as never));
    expect(m?.kind).toBe(kind);
    expect(m?.confidence).toBeGreaterThan(0.6);
  });
});
