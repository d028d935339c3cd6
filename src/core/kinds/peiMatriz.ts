import type { KindDef } from "./kind";
import { measurePei } from "./peiMeasure";
import { peiRole } from "./peiRows";

/** A PEI table of OEI / AEI / indicators with their logros esperados, without values obtained. */
export const peiMatriz: KindDef = {
  id: "pei-matriz",
  label: "Matriz PEI (OEI / AEI / indicadores)",
  recognise(_sheet, info) {
    const { single, logros } = info.columns;
    if (single.actividad !== undefined || single.actividadId !== undefined) return null;
    const hasCode = single.codigo !== undefined || single.objetivoAccion !== undefined;
    const describes = single.indicador !== undefined || single.denominacion !== undefined;
    const measures = logros.length > 0 || single.unidadMedida !== undefined;
    return hasCode && describes && measures ? info.columns : null;
  },
  essentialColumns: (c) => [
    c.single.codigo ?? c.single.objetivoAccion,
    c.single.indicador,
    c.single.unidadMedida,
    c.logros[0]?.col,
  ],
  roleOf: peiRole,
  measure: measurePei,
};
