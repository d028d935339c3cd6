import type { KindDef } from "./kind";
import { measurePoiExport } from "./poiExportMeasure";

/** The Aplicativo's "POI por actividad operativa" export: one row per AO, F(RE)/F(SE) families. */
export const poiExport: KindDef = {
  id: "poi-export",
  label: "Exportación POI del Aplicativo",
  recognise(_sheet, info) {
    const months = (f: string) =>
      (info.columns.families[f] ?? []).filter((c) => c !== undefined).length;
    return months("RE") >= 6 && months("SE") >= 6 ? info.columns : null;
  },
  essentialColumns: (c) => [
    c.single.actividadId ?? c.single.actividad,
    c.single.tipoAcumulacion,
    c.families.RE?.[0],
    c.families.SE?.[0],
  ],
  requirements: (c) => [
    {
      label: "Meses F(RE) 01…12",
      present: (c.families.RE ?? []).filter((x) => x !== undefined).length >= 6,
    },
    {
      label: "Meses F(SE) 01…12",
      present: (c.families.SE ?? []).filter((x) => x !== undefined).length >= 6,
    },
  ],
  roleOf: (_m, _sheet, row, _ctx, first) => ({ row, role: "ao", label: first }),
  measure: measurePoiExport,
  resultHeader: "% Ejecución calculada",
};
