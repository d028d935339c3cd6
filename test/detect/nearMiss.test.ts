import { describe, expect, it } from "vitest";
import { checkSheet } from "../../src/core/check/checkSheets";
import { findNearMiss } from "../../src/core/pipeline/nearMiss";
import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import { sheetOf } from "../support/grid";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

describe("near-miss diagnostics", () => {
  it("a PEI table without logros says which row, what it understood and what it lacks", () => {
    const sheet = sheetOf([
      ["Matriz de indicadores"],
      ["Código", "Indicador", "Responsable", "Observación"],
      ["AEI.01.01", "Porcentaje de hogares atendidos", "GDS", null],
    ]);
    const near = findNearMiss(sheet);
    expect(near).toMatchObject({ row: 2, kind: "Matriz PEI (OEI / AEI / indicadores)" });
    expect(near?.recognised.map((r) => `${r.column}:${r.meaning}`)).toEqual([
      "A:Código",
      "B:Indicador",
      "C:Responsable",
      "D:Columna institucional (sin uso en el cálculo)",
    ]);
    expect(near?.missing).toEqual(["Logros esperados por año o unidad de medida"]);
    const [report] = [checkSheet(sheet, { scale: PERIOD_CHOICE, maxFindings: 10 })];
    expect(report.nearMiss?.message).toMatch(
      /^la fila 2 parece el encabezado de una matriz \(se reconocieron Código \(A: Código\), Indicador \(B: Indicador\), Responsable \(C: Responsable\), Observación \(D: Columna institucional \(sin uso en el cálculo\)\)\), pero le falta «Logros esperados por año o unidad de medida» para leerla como «Matriz PEI \(OEI \/ AEI \/ indicadores\)»/
    );
  });

  it("prose and detected matrices give no near-miss", () => {
    expect(
      findNearMiss(sheetOf([["Informe de evaluación"], ["El POI de la entidad …"]]))
    ).toBeNull();
    const report = checkSheet(sheetOf([PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.01.01", 10, 5)]), {
      scale: PERIOD_CHOICE,
      maxFindings: 10,
    });
    expect(report.matrices).toHaveLength(1);
    expect(report.nearMiss).toBeUndefined();
  });
});
