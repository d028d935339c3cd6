import { describe, expect, it } from "vitest";
import { SINGLE_ROLES } from "../../src/core/columnMap/roles";
import { ANCHORS } from "../../src/core/detect/vocabulary";

/** The two lists as they were kept by hand before issue 19 joined them (behaviour unchanged). */
const ROLES_BEFORE = [
  "codigo",
  "denominacion",
  "indicador",
  "unidadMedida",
  "responsable",
  "unidadOrganizacion",
  "ue",
  "relevancia",
  "sentido",
  "tipoAgregacion",
  "fechaInicio",
  "fechaFin",
  "meta",
  "cantidadAnual",
  "numero",
  "actividad",
  "actividadId",
  "tipoAcumulacion",
  "tipoLinea",
  "prioridad",
  "objetivoAccion",
  "oei",
  "aei",
  "tarea",
  "codigoTarea",
  "codigoOei",
  "codigoAei",
  "codigoIndicador",
  "unidadMedidaAo",
  "pim",
  "devengado",
  "partida",
  "previsto",
  "logrado",
  "previstoFinal",
];
const ANCHORS_BEFORE = [
  "codigo",
  "denominacion",
  "objetivoAccion",
  "unidadOrganizacion",
  "sentido",
  "tipoAgregacion",
  "lineaBase",
  "logroEsperado",
  "valorObtenido",
  "avanceTipo1",
  "indicador",
  "unidadMedida",
  "responsable",
  "fechaInicio",
  "fechaFin",
  "meta",
  "programacionMensual",
  "cantidadAnual",
  "numero",
  "actividad",
  "actividadId",
  "tipoAcumulacion",
  "tipoLinea",
  "prioridad",
  "tarea",
  "codigoTarea",
  "codigoOei",
  "codigoAei",
  "codigoIndicador",
  "pim",
  "devengado",
  "partida",
  "previsto",
  "logrado",
  "previstoFinal",
  "plazo",
  "cronograma",
];

describe("one table of header meanings: column-map roles and header anchors", () => {
  it("the column map's single roles are the table's roles, in the order they had", () => {
    expect(SINGLE_ROLES).toEqual(ROLES_BEFORE);
  });

  it("the header anchors are the table's anchors, the set they were", () => {
    expect([...ANCHORS].sort()).toEqual([...ANCHORS_BEFORE].sort());
  });

  it("a single role that is no anchor is a short or common word; an anchor that is no role is a series or a group head", () => {
    const roleOnly = SINGLE_ROLES.filter((c) => !ANCHORS.has(c));
    expect(roleOnly).toEqual(["ue", "relevancia", "oei", "aei", "unidadMedidaAo"]);
    const anchorOnly = [...ANCHORS].filter((c) => !SINGLE_ROLES.includes(c));
    expect(anchorOnly.sort()).toEqual(
      [
        "lineaBase",
        "logroEsperado",
        "valorObtenido",
        "avanceTipo1",
        "programacionMensual",
        "plazo",
        "cronograma",
      ].sort()
    );
  });
});
