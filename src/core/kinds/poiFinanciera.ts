import type { KindDef } from "./kind";
import {
  familyMonths as months,
  measurePoiFinanciera,
  physicalFamily,
} from "./poiFinancieraMeasure";

/**
 * The Aplicativo's «POI por programación financiera» export, annual (F(RE) / Fn(RE) 01…12 +
 * Total with fuente, genérica and rubro; no F(SE) before execution) or multianual (.xlsx,
 * F(E) / Fn(E), Etapa ELABORACION): one line per AO, fuente and genérica. It is checked, not
 * measured: each family's Total against its months, and each AO's physical target against its
 * financial programming. It writes no result column.
 */
export const poiFinanciera: KindDef = {
  id: "poi-financiera",
  label: "Programación financiera POI del Aplicativo",
  family: "poi",
  yields: ["linea-financiera"],
  summaryBy: "unidad",
  codeColumn: (m) => m.header.columns.single.actividadId ?? m.header.left,
  monthlyLine: "F(RE)",
  recognise(_sheet, info) {
    const c = info.columns;
    const physical = physicalFamily(c);
    const financial = `FN_${physical}`;
    // The export by actividad operativa has F(SE): that is the other kind.
    if (months(c, "SE") >= 6) return null;
    return months(c, physical) >= 6 && months(c, financial) >= 6 ? c : null;
  },
  columns: (c) => [
    { col: c.single.actividadId ?? c.single.actividad },
    {
      col: c.families.RE?.[0] ?? c.families.E?.[0],
      need: "Meses F(RE) 01…12 (o F(E))",
      present: months(c, "RE") >= 6 || months(c, "E") >= 6,
    },
    {
      col: c.families.FN_RE?.[0] ?? c.families.FN_E?.[0],
      need: "Meses Fn(RE) 01…12 (o Fn(E))",
      present: months(c, "FN_RE") >= 6 || months(c, "FN_E") >= 6,
    },
  ],
  roleOf: (_m, _sheet, row, _ctx, first) => ({ row, role: "ao", label: first }),
  measure: measurePoiFinanciera,
};
