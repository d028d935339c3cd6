import type { KindDef } from "./kind";
import { periodColumns } from "./peiColumns";
import { measurePei } from "./peiMeasure";
import { peiRole } from "./peiRows";

/**
 * The Aplicativo's PEI seguimiento report, or its retyped version: Código, Denominación, Logro
 * Esperado, Valores Obtenidos, Avance Tipo I. Avances per indicator and AEI.
 */
export const peiSeguimiento: KindDef = {
  id: "pei-seguimiento",
  label: "Seguimiento PEI",
  recognise(_sheet, info) {
    const { single, valores, avances } = info.columns;
    if (single.actividad !== undefined || single.actividadId !== undefined) return null;
    const hasCode = single.codigo !== undefined || single.objetivoAccion !== undefined;
    return hasCode && (valores.length > 0 || avances.length > 0) ? info.columns : null;
  },
  essentialColumns: (c) => [
    c.single.codigo ?? c.single.objetivoAccion,
    c.single.denominacion ?? c.single.indicador,
    c.logros[0]?.col,
    c.valores[0]?.col,
    c.avances[0]?.col,
  ],
  requirements: (c) => [
    {
      label: "Código (OEI, AEI o indicador)",
      present: c.single.codigo !== undefined || c.single.objetivoAccion !== undefined,
    },
    {
      label: "Valores obtenidos o Avance Tipo I",
      present: c.valores.length > 0 || c.avances.length > 0,
    },
  ],
  roleOf: peiRole,
  measure: measurePei,
  resultHeader: "Avance calculado (%)",
  resultColumn: (m) => periodColumns(m).avance,
};
