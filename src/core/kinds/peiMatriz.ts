import type { KindDef } from "./kind";
import { peiCodeColumn, peiRole } from "./peiRows";
import { measurePei } from "./peiMeasure";

/** A PEI table of OEI / AEI / indicators with their logros esperados, without values obtained. */
export const peiMatriz: KindDef = {
  id: "pei-matriz",
  label: "Matriz PEI (OEI / AEI / indicadores)",
  family: "pei",
  yields: ["indicador", "aei", "jerarquia-pei", "unidad-exigida"],
  summaryBy: "matriz",
  codeColumn: peiCodeColumn,
  recognise(_sheet, info) {
    const { single, logros } = info.columns;
    if (single.actividad !== undefined || single.actividadId !== undefined) return null;
    const hasCode = single.codigo !== undefined || single.objetivoAccion !== undefined;
    const describes = single.indicador !== undefined || single.denominacion !== undefined;
    const measures = logros.length > 0 || single.unidadMedida !== undefined;
    return hasCode && describes && measures ? info.columns : null;
  },
  columns: (c) => [
    {
      col: c.single.codigo ?? c.single.objetivoAccion,
      need: "Código (OEI, AEI o indicador)",
    },
    {
      col: c.single.indicador,
      need: "Indicador o denominación",
      present: c.single.indicador !== undefined || c.single.denominacion !== undefined,
    },
    { col: c.single.unidadMedida },
    {
      col: c.logros[0]?.col,
      need: "Logros esperados por año o unidad de medida",
      present: c.logros.length > 0 || c.single.unidadMedida !== undefined,
    },
  ],
  roleOf: peiRole,
  measure: measurePei,
};
