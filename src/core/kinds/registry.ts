import type { NodeType } from "../measure/nodes";
import type { KindDef } from "./kind";
import type { MatrixKind } from "./kindIds";
import { peiIndicadores } from "./peiIndicadores";
import { peiMatriz } from "./peiMatriz";
import { peiSeguimiento } from "./peiSeguimiento";
import { planConcertado } from "./planConcertado";
import { planMetasCronograma } from "./planMetasCronograma";
import { poiExport } from "./poiExport";
import { poiFinanciera } from "./poiFinanciera";
import { poiProgramacion } from "./poiProgramacion";
import { poiSeguimiento } from "./poiSeguimiento";
import { poiTareas } from "./poiTareas";
import { presupuestoEjecucion } from "./presupuestoEjecucion";
import { previstoLogrado } from "./previstoLogrado";

/**
 * The matrix kinds Semáforo knows, in the order a header is tried: the most specific first (the
 * export's F(RE)/F(SE) families, then the PROGRAMADO/EJECUTADO report before a plain ficha).
 */
export const KINDS: readonly KindDef[] = [
  poiExport,
  poiFinanciera,
  presupuestoEjecucion,
  previstoLogrado,
  planMetasCronograma,
  poiSeguimiento,
  poiTareas,
  poiProgramacion,
  planConcertado,
  peiSeguimiento,
  peiIndicadores,
  peiMatriz,
];

export function kindOf(id: string): KindDef {
  const kind = KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`Unknown matrix kind ${id}`);
  return kind;
}

/** The Spanish name of a kind, as planners read it. */
export const kindLabel = (id: string): string => kindOf(id).label;

/** A detected matrix's kind id as the literal type (it is a registered kind's id). */
export const kindIdOf = (id: string): MatrixKind => kindOf(id).id;

/** The node types a kind's matrices yield: "matriz", its family, its item types and table nodes. */
export const nodesOf = (kind: KindDef): ReadonlySet<NodeType> =>
  new Set<NodeType>(["matriz", kind.family, ...kind.yields]);
