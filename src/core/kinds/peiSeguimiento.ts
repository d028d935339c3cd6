import type { KindDef } from "./kind";
import { fixedResult } from "./kindColumns";
import { periodColumns } from "./peiColumns";
import { measurePei } from "./peiMeasure";
import { peiCodeColumn, peiRole } from "./peiRows";

/**
 * The Aplicativo's PEI seguimiento report, or its retyped version: Código, Denominación, Logro
 * Esperado, Valores Obtenidos, Avance Tipo I. Avances per indicator and AEI.
 */
export const peiSeguimiento: KindDef = {
  id: "pei-seguimiento",
  label: "Seguimiento PEI",
  family: "pei",
  yields: ["indicador", "aei", "jerarquia-pei", "valores-obtenidos"],
  summaryBy: "matriz",
  codeColumn: peiCodeColumn,
  recognise(_sheet, info) {
    const { single, valores, avances } = info.columns;
    if (single.actividad !== undefined || single.actividadId !== undefined) return null;
    const hasCode = single.codigo !== undefined || single.objetivoAccion !== undefined;
    return hasCode && (valores.length > 0 || avances.length > 0) ? info.columns : null;
  },
  columns: (c) => [
    { col: c.single.codigo ?? c.single.objetivoAccion, need: "Código (OEI, AEI o indicador)" },
    { col: c.single.denominacion ?? c.single.indicador },
    { col: c.logros[0]?.col },
    {
      col: c.valores[0]?.col,
      need: "Valores obtenidos o Avance Tipo I",
      present: c.valores.length > 0 || c.avances.length > 0,
    },
    { col: c.avances[0]?.col },
  ],
  roleOf: peiRole,
  measure: measurePei,
  result: fixedResult("Avance calculado (%)", (m) => periodColumns(m).avance),
};
