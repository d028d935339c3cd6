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
  requirements: (c) => [
    {
      label: "Código (OEI, AEI o indicador)",
      present: c.single.codigo !== undefined || c.single.objetivoAccion !== undefined,
    },
    {
      label: "Indicador o denominación",
      present: c.single.indicador !== undefined || c.single.denominacion !== undefined,
    },
    {
      label: "Logros esperados por año o unidad de medida",
      present: c.logros.length > 0 || c.single.unidadMedida !== undefined,
    },
  ],
  roleOf: peiRole,
  measure: measurePei,
};
