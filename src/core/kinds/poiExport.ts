import type { KindDef } from "./kind";
import { fixedResult, leftColumn } from "./kindColumns";
import { measurePoiExport } from "./poiExportMeasure";

/** The Aplicativo's "POI por actividad operativa" export: one row per AO, F(RE)/F(SE) families. */
export const poiExport: KindDef = {
  id: "poi-export",
  label: "Exportación POI del Aplicativo",
  family: "poi",
  yields: ["ao-exportada"],
  summaryBy: "unidad",
  codeColumn: leftColumn,
  monthlyLine: "F(RE)",
  recognise(_sheet, info) {
    const months = (f: string) =>
      (info.columns.families[f] ?? []).filter((c) => c !== undefined).length;
    return months("RE") >= 6 && months("SE") >= 6 ? info.columns : null;
  },
  columns: (c) => [
    { col: c.single.actividadId ?? c.single.actividad },
    { col: c.single.tipoAcumulacion },
    {
      col: c.families.RE?.[0],
      need: "Meses F(RE) 01…12",
      present: (c.families.RE ?? []).filter((x) => x !== undefined).length >= 6,
    },
    {
      col: c.families.SE?.[0],
      need: "Meses F(SE) 01…12",
      present: (c.families.SE ?? []).filter((x) => x !== undefined).length >= 6,
    },
  ],
  roleOf: (_m, _sheet, row, _ctx, first) => ({ row, role: "ao", label: first }),
  measure: measurePoiExport,
  result: fixedResult("% Ejecución calculada"),
};
