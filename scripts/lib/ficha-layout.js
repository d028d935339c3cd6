"use strict";
// The two-row header of an EMSAPUNO ficha de proceso (seed 004), shared by the sample builder,
// the benchmark and the tests so that they all lay out activities the same way.
const FICHA_HEADER = [
  "Número",
  "Actividad Operativa / Inversiones",
  "Unidad de Medida",
  "Responsable",
  "Fecha de Inicio",
  "Fecha de finalización",
  "Meta",
  "Programación Mensual",
  ...new Array(15).fill(null),
  "Cantidad Anual programada",
];
const FICHA_SUBHEADER = [
  ...new Array(7).fill(null),
  "E",
  "F",
  "M",
  "I Trimestre",
  "A",
  "M",
  "J",
  "II Trimestre",
  "J",
  "A",
  "S",
  "III Trimestre",
  "O",
  "N",
  "D",
  "IV Trimestre",
];

/** One activity of the fixture as a row of the ficha; `value` turns printed text into cells. */
function fichaActivityRow(a, value, numero = a.numero) {
  return [
    numero,
    a.actividad,
    a.unidadMedida,
    a.responsable,
    a.inicio,
    a.fin,
    value(a.meta),
    ...a.programacion.map(value),
    value(a.anual),
  ];
}

module.exports = { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow };
