import type { Concept, HeaderMatch } from "./concepts";

/**
 * Header phrases of the flat tables institutions publish (a national agency's POI by tarea with
 * its cost-centre, programme and budget columns; its PEI indicator sheets), as folded keys.
 */
export const INSTITUTIONAL_PHRASES: [Concept, string[]][] = [
  ["tarea", ["tarea", "tareas", "nombre de la tarea", "descripcion de la tarea"]],
  ["codigoTarea", ["cod tarea", "codigo tarea", "codigo de tarea", "id tarea"]],
  ["codigoOei", ["cod oei", "codigo oei", "codigo del oei"]],
  ["codigoAei", ["cod aei", "codigo aei", "codigo de la aei"]],
  ["codigoIndicador", ["cod ind", "cod indicador", "codigo indicador", "id indicador"]],
  ["unidadMedida", ["um tarea", "unidad de medida de la tarea", "und tarea", "nombre um"]],
  ["unidadMedidaAo", ["um ao", "unidad de medida ao", "unidad de medida de la ao"]],
  ["unidadOrganizacion", ["u o responsable", "uo responsable", "centro costo", "nombre cc"]],
  ["pim", ["pim", "presupuesto institucional modificado"]],
  [
    "devengado",
    [
      "devengado",
      "devengado anual",
      "monto devengado",
      "ejecucion devengado",
      "devengado acumulado",
      "ejecucion devengado acumulado",
    ],
  ],
  [
    "partida",
    [
      "producto proyecto",
      "proyecto",
      "especifica",
      "especifica de gasto",
      "especifica del gasto",
      "partida",
      "clasificador de gasto",
      // The row labels of a pivot table over budget lines.
      "etiquetas de fila",
      "rotulos de fila",
      "row labels",
    ],
  ],
  [
    "institucional",
    [
      "pia",
      "certificacion",
      "certificado",
      "compromiso",
      "saldo",
      "saldo por devengar",
      "compromiso anual",
      "atencion de compromiso mensual",
      "girado",
      "sec func",
      "fuente",
      "archivo",
      "observacion",
      "observaciones",
      "vinculacion",
      "oes",
      "aes",
      "ind aes",
      "ind formula",
      "ind espec tec",
      "ind fuente",
      "ind base datos",
      "formula",
      "fuente de datos",
      "programa",
      "producto",
      "actividad",
      "sigla cc",
      "tipo cc",
      "categoria presupuestal",
      "finalidad",
      "nro registro poi",
    ],
  ],
];

/**
 * Patterns of institutional headers, tried before the generic ones: COD_* and ID_* columns
 * (identifiers, never names: «Actividad Operativa ID_CEPLAN» is the AO's id), COD_TAREA_V0…V2,
 * «LINEA BASE 2024».
 */
export function matchInstitutional(key: string): HeaderMatch | null {
  const task = /^(cod|codigo|id) tarea(?: v(\d+))?$/.exec(key);
  if (task)
    return task[2]
      ? { concept: "codigoTarea", version: Number(task[2]) }
      : { concept: "codigoTarea" };
  if (/^actividad(es)? operativa(s)? (id|cod|codigo)\b/.test(key))
    return { concept: "actividadId" };
  if (/^(cod|codigo|id) (actividad operativa|ao)\b/.test(key)) return { concept: "actividadId" };
  const lb = /^(linea base|linea de base|lb)( ano| al)? (20\d\d)$/.exec(key);
  if (lb) return { concept: "lineaBase", year: Number(lb[3]) };
  return null;
}

/** Any other code or id column (COD_CC, ID_UM, Nro Registro POI): an identifier, never a name. */
export const isIdentifierKey = (key: string): boolean => /^(cod|codigo|id|nro|num) [a-z]/.test(key);
