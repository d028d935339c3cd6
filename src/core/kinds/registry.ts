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

/** The kinds by id (detection and measuring ask for a kind many times per matrix). */
const BY_ID = new Map<string, KindDef>();
for (const k of KINDS) if (!BY_ID.has(k.id)) BY_ID.set(k.id, k);

export function kindOf(id: string): KindDef {
  const kind = BY_ID.get(id);
  if (!kind) throw new Error(`Unknown matrix kind ${id}`);
  return kind;
}

/** The Spanish name of a kind, as planners read it. */
export const kindLabel = (id: string): string => kindOf(id).label;

/** A detected matrix's kind id as the literal type (it is a registered kind's id). */
export const kindIdOf = (id: string): MatrixKind => kindOf(id).id;

/** Each kind's node types, built once: a sheet of fichas measures hundreds of matrices. */
const nodeSets = new WeakMap<KindDef, ReadonlySet<NodeType>>();

/** The node types a kind's matrices yield: "matriz", its family, its item types and table nodes. */
export function nodesOf(kind: KindDef): ReadonlySet<NodeType> {
  let nodes = nodeSets.get(kind);
  if (nodes === undefined) {
    nodes = new Set<NodeType>(["matriz", kind.family, ...kind.yields]);
    nodeSets.set(kind, nodes);
  }
  return nodes;
}
