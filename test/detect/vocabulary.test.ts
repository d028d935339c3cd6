import { describe, expect, it } from "vitest";
import { matchHeader } from "../../src/core/detect/vocabulary";

describe("header vocabulary: matched by meaning", () => {
  it.each([
    ["Código", "codigo"],
    ["CODIGO", "codigo"],
    ["Cód.", "codigo"],
    ["Denominacion", "denominacion"],
    ["Denominacón", "denominacion"],
    ["Unidad de Organización", "unidadOrganizacion"],
    ["UNIDAD ORGÁNICA RESPONSABLE", "unidadOrganizacion"],
    ["U.M.", "unidadMedida"],
    ["Und. Medida", "unidadMedida"],
    ["Unidad de medida", "unidadMedida"],
    ["Responsble", "responsable"],
    ["Fecha de finalización", "fechaFin"],
    ["Actividad Operativa/ Inversiones", "actividad"],
    ["Actividades Operativas e Inversiones", "actividad"],
    ["Avance Tipo I (%)", "avanceTipo1"],
    ["Valores Obtenidos", "valorObtenido"],
    ["Sentido Esperado", "sentido"],
    ["N°", "numero"],
    ["Programación Mensual", "programacionMensual"],
    ["Cantidad Anual programada", "cantidadAnual"],
  ])("%s → %s", (text, concept) => {
    expect(matchHeader(text)?.concept).toBe(concept);
  });

  it("reads quarters, semesters, years, month names and the Aplicativo's families", () => {
    expect(matchHeader("II Trimestre")).toEqual({ concept: "quarter", quarter: 2 });
    expect(matchHeader("IV TRIMESTRE")).toEqual({ concept: "quarter", quarter: 4 });
    expect(matchHeader("2025 - Sem1")?.concept).toBe("semester");
    expect(matchHeader("2028")).toEqual({ concept: "year", year: 2028 });
    expect(matchHeader("Setiembre")).toEqual({ concept: "month", month: 9 });
    expect(matchHeader("Dic")).toEqual({ concept: "month", month: 12 });
    expect(matchHeader("F(RE) 03")).toEqual({ concept: "exportMonth", family: "RE", month: 3 });
    expect(matchHeader("Motivo(SE) 11")).toEqual({
      concept: "exportMonth",
      family: "MOTIVO",
      month: 11,
    });
    expect(matchHeader("Meta año 2024")).toEqual({ concept: "logroEsperado", year: 2024 });
  });

  it("does not read prose or budget headers as planning columns", () => {
    for (const text of [
      "Importe (S/)",
      "Genérica de gasto",
      "El presente informe de evaluación",
      "Egresos",
    ]) {
      expect(matchHeader(text), text).toBeNull();
    }
  });
});

describe("institutional flat tables (issue 10)", () => {
  it("reads COD_* columns, ID columns as identifiers, LINEA BASE with its year, tasks and units", () => {
    const concept = (t: string) => matchHeader(t)?.concept;
    expect(concept("Actividad Operativa ID_CEPLAN")).toBe("actividadId");
    expect(concept("COD_AO")).toBe("actividadId");
    expect(concept("ACTIVIDAD OPERATIVA")).toBe("actividad");
    expect(concept("COD_TAREA_V0")).toBe("codigoTarea");
    expect(concept("COD_TAREA_V2")).toBe("codigoTarea");
    expect(concept("TAREAS")).toBe("tarea");
    expect(concept("UM_TAREA")).toBe("unidadMedida");
    expect(concept("UM_AO")).toBe("unidadMedidaAo");
    expect(concept("COD_OEI")).toBe("codigoOei");
    expect(concept("COD_AEI")).toBe("codigoAei");
    expect(concept("COD_IND")).toBe("codigoIndicador");
    expect(concept("U O Responsable")).toBe("unidadOrganizacion");
    expect(concept("INDICADORES")).toBe("indicador");
    expect(matchHeader("LINEA BASE 2024")).toEqual({ concept: "lineaBase", year: 2024 });
    expect(concept("PIM")).toBe("pim");
    expect(concept("Devengado")).toBe("devengado");
    expect(concept("Producto/Proyecto")).toBe("partida");
    for (const t of [
      "SEC_FUNC",
      "COD_CC",
      "ID_UM",
      "Nro Registro POI",
      "OBSERVACIÓN",
      "ind_formula",
    ])
      expect(concept(t), t).toBe("institucional");
  });
});
