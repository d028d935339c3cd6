// The Aplicativo CEPLAN's «POI por actividad operativa» export as the bench generates it: 277
// columns (identification, the physical families F(…) and the financial families Fn(…) with
// months 01…12 and Total, Motivo(SE) 01…12 and the closing fields), one row per activity.
"use strict";
const ExcelJS = require("exceljs");

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const STAGES = ["A", "AJ", "CS", "RE_P", "RE", "SE_P", "SE"];
const IDS = [
  "POI",
  "Etapa",
  "NG",
  "Nivel de Gobierno",
  "Sector ID",
  "Sector",
  "Pliego ID",
  "Pliego",
  "UE ID",
  "UE",
  "CC Responsable ID",
  "CC Responsable",
  "Centro Costo ID",
  "Centro Costo",
  "OE ID",
  "OE",
  "OE Prioridad",
  "AE ID",
  "AE",
  "AE Prioridad",
  "Eje PESEM",
  "Lineamiento PESEM",
  "OEI ID",
  "OEI",
  "OEI Prioridad",
  "AEI ID",
  "AEI",
  "AEI Prioridad",
  "Eje",
  "Lineamiento",
  "Categoria ID",
  "Categoria",
  "Producto ID",
  "Producto",
  "Funcion ID",
  "Funcion",
  "Division Funcional ID",
  "Division Funcional",
  "Grupo Funcional ID",
  "Grupo Funcional",
  "Nota",
  "Actividad Presupuestal ID",
  "Actividad Presupuestal",
  "Nro Registro POI",
  "Actividad Operativa ID",
  "Actividad Operativa",
  "Actividad Operativa Sectorial ID",
  "Actividad Operativa Sectorial",
  "Eje AO",
  "Lineamiento AO",
  "Prioridad",
  "UM ID",
  "UM",
  "Acumulado",
  "Tipo",
  "Cons PIA",
  "Cons PIM",
  "Departamento ID",
  "Departamento",
  "Provincia ID",
  "Provincia",
  "Distrito ID",
  "Distrito",
  "Tipo Financiamiento PIA",
  "Tipo Financiamiento PIM",
  "OE Eje",
  "OE Lineamiento",
  "AE Eje",
  "AE Lineamiento",
  "OEI Eje",
  "OEI Lineamiento",
  "AEI Eje",
  "AEI Lineamiento",
  "Prioridad ID",
  "Eje AO ID",
  "Lineamiento AO ID",
  "Fecha Registro",
  "Usuario Registro",
  "Fecha Modificacion",
];
const TAIL = ["Estado(SE)", "Incorporado", "Codigo Externo", "Activo AO"];
const family = (prefix) =>
  STAGES.flatMap((s) => [...MONTHS.map((m) => `${prefix}(${s}) ${m}`), `${prefix}(${s}) Total`]);
// 2 × 7 × 13 family columns + Motivo(SE) + the identification and closing fields.
const HEADER = [
  ...IDS,
  ...family("F"),
  ...family("Fn"),
  ...MONTHS.map((m) => `Motivo(SE) ${m}`),
  ...TAIL,
];

/** One activity's row: programmed 10 a month, executed for the first semester, amounts. */
function activityRow(i) {
  const ids = IDS.map((h) => {
    if (h === "POI") return "2026";
    if (h === "Etapa") return "SEGUIMIENTO";
    if (h === "Actividad Operativa ID") return `AOI${String(i).padStart(11, "0")}`;
    if (h === "Actividad Operativa") return `0215086 - Actividad operativa ${i}`;
    if (h === "OEI") return `OEI.0${(i % 5) + 1} Mejorar los servicios`;
    if (h === "AEI") return `AEI.0${(i % 5) + 1}.0${(i % 3) + 1} Servicios oportunos`;
    if (h === "UM") return "ACCION";
    if (h === "Acumulado") return "SI";
    if (h === "Tipo") return "ANUAL";
    return h.endsWith(" ID") ? `'${String(i % 97).padStart(6, "0")}` : `${h} ${i % 13}`;
  });
  const stage = (s, prefix) => {
    const unit = prefix === "Fn" ? 1250.5 : 10;
    const months = MONTHS.map((_, m) =>
      s === "SE" ? (m < 6 ? ((i + m) % 13) + 1 : null) : s.endsWith("_P") ? 0 : unit
    );
    return [...months, months.reduce((a, b) => a + (b ?? 0), 0)];
  };
  return [
    ...ids,
    ...STAGES.flatMap((s) => stage(s, "F")),
    ...STAGES.flatMap((s) => stage(s, "Fn")),
    ...MONTHS.map((_, m) => (m < 6 && i % 7 === 0 ? "Falta de presupuesto" : null)),
    "REGISTRADO",
    "NO",
    null,
    "SI",
  ];
}

/** Writes the export with `activities` rows; returns its column count. */
async function buildAplicativoExport(file, activities) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("POI por AO");
  ws.addRow(HEADER).commit();
  for (let i = 0; i < activities; i++) ws.addRow(activityRow(i)).commit();
  ws.commit();
  await wb.commit();
  return HEADER.length;
}

module.exports = {
  buildAplicativoExport,
  APLICATIVO_EXPORT_HEADER: HEADER,
  APLICATIVO_IDS: IDS,
  aplicativoExportRow: activityRow,
};
