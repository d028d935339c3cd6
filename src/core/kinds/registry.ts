import type { KindDef } from "./kind";
import type { MatrixKind } from "./kindIds";
import { peiMatriz } from "./peiMatriz";
import { peiSeguimiento } from "./peiSeguimiento";
import { poiExport } from "./poiExport";
import { poiProgramacion } from "./poiProgramacion";
import { poiSeguimiento } from "./poiSeguimiento";

/**
 * The matrix kinds Semáforo knows, in the order a header is tried: the most specific first (the
 * export's F(RE)/F(SE) families, then the PROGRAMADO/EJECUTADO report before a plain ficha).
 */
export const KINDS: readonly KindDef[] = [
  poiExport,
  poiSeguimiento,
  poiProgramacion,
  peiSeguimiento,
  peiMatriz,
];

export function kindOf(id: MatrixKind): KindDef {
  const kind = KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`Unknown matrix kind ${id}`);
  return kind;
}

/** The Spanish name of a kind, as planners read it. */
export const kindLabel = (id: MatrixKind): string => kindOf(id).label;
