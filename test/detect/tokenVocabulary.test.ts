import { describe, expect, it } from "vitest";
import { matchHeader } from "../../src/core/detect/vocabulary";
import { readHeader } from "../../src/core/detect/headerScan";
import { sheetOf } from "../support/grid";

describe("header words read by tokens, not literal titles (issue 24)", () => {
  it.each([
    ["TAREAS_V2", { concept: "tarea", version: 2 }],
    ["TAREAS_V1", { concept: "tarea", version: 1 }],
    ["COD_TAREA_V1", { concept: "codigoTarea", version: 1 }],
    ["mto_pim", { concept: "pim" }],
    ["MONTO_PIM", { concept: "pim" }],
    ["Suma de mto_pim", { concept: "pim" }],
    ["Suma de MTO_DEVENGADO", { concept: "devengado" }],
    ["mto_devenga_03", { concept: "exportMonth", family: "DEV", month: 3 }],
    ["mto_certificado", { concept: "institucional" }],
    [" DEVENGADO ACUMULADO", { concept: "devengado" }],
    ["Devengado\u00a0", { concept: "devengado" }],
    ["\u00a0PIM ", { concept: "pim" }],
  ])("%j → %j", (text, match) => {
    expect(matchHeader(text.trim())).toEqual(match);
  });

  it("does not read a version into a month or an unknown word", () => {
    expect(matchHeader("ENE_V2")).toBeNull();
    expect(matchHeader("ZONA_V2")).toBeNull();
    expect(matchHeader("Suma de Zona")).toBeNull();
  });

  it("the latest version of a column is read, wherever it stands", () => {
    const read = (header: string[]) =>
      readHeader(sheetOf([header, header.map(() => "x")]), 0).columns.single;
    expect(read(["ACTIVIDAD OPERATIVA", "TAREAS_V1", "TAREAS_V2", "UM_TAREA"]).tarea).toBe(2);
    expect(read(["ACTIVIDAD OPERATIVA", "TAREAS_V2", "TAREAS_V1", "UM_TAREA"]).tarea).toBe(1);
    expect(read(["COD_TAREA_V0", "COD_TAREA_V2", "COD_TAREA_V1"]).codigoTarea).toBe(1);
    expect(read(["TAREAS", "TAREAS_V1"]).tarea).toBe(1);
  });
});
