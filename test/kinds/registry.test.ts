import { describe, expect, it } from "vitest";
import { detectMatrices } from "../../src/core/pipeline/detectMatrices";
import { KIND_IDS } from "../../src/core/kinds/kindIds";
import { KINDS, kindLabel } from "../../src/core/kinds/registry";
import { sheetOf } from "../support/grid";
import {
  PEI_INDICADORES,
  PEI_MATRIZ,
  PEI_SEGUIMIENTO,
  POI_TAREAS,
  PRESUPUESTO,
  PREVISTO_LOGRADO,
  PLAN_CRONOGRAMA,
  budgetRow,
  planActivity,
  POI_EXPORT,
  POI_SEGUIMIENTO,
  activity,
  aeiWithIndicator,
  aoLines,
  exportRow,
  ficha,
  tareaRow,
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
    [
      "poi-tareas",
      [
        POI_TAREAS,
        tareaRow(1, "AOI00109100001", "Elaboración de informes", [1, 1, 1]),
        tareaRow(2, "AOI00109100001", "Reuniones de coordinación", [0, 2, 2]),
      ],
    ],
    [
      "presupuesto-ejecucion",
      [PRESUPUESTO, budgetRow("2.3. Bienes y Servicios", 11525503, 9412300)],
    ],
    [
      "pei-indicadores",
      [
        PEI_INDICADORES,
        ["OEI.01", 1, "AEI 01.01", "Acción", "Ind. AEI01.01.1", "Servicios", 100, 110, 120, 130],
        ["OEI.01", 1, "AEI 01.01", "Acción", "Ind. AEI01.01.2", "Atenciones", 10, 11, 12, 13],
      ],
    ],
    [
      "indicadores-previsto-logrado",
      [PREVISTO_LOGRADO, ["Número de personas con acceso a agua potable.", 110814, 131275, 131275]],
    ],
    [
      "plan-metas-cronograma",
      [
        ...PLAN_CRONOGRAMA,
        planActivity("1.1.1.1. Instalar un Grupo", [1, null, null], "X"),
        planActivity("1.1.1.2 Desarrollar las reuniones", [4, null, null], "XXXX"),
      ],
    ],
  ])("a %s grid is detected as that kind, with full confidence in its columns", (kind, grid) => {
    const [m] = detectMatrices(sheetOf(grid as never));
    expect(m?.kind).toBe(kind);
    expect(m?.confidence).toBeGreaterThan(0.6);
  });
});
