import type { CellRead } from "./cellRead";
import type { Calc } from "./item";

/**
 * AVANCE_TIPO1(logrado, meta) of one pair of cells: capped at 100 like CEPLAN's Tipo I unless the
 * run asks for the raw avance (--sin-tope, `tope` false).
 */
export function tipo1Calc(logrado: CellRead, meta: CellRead, tope: boolean | null): Calc {
  return {
    fn: "AVANCE_TIPO1",
    args: [
      { kind: "cells", cells: [logrado] },
      { kind: "cells", cells: [meta] },
      ...(tope === false
        ? [{ kind: "omitted" as const }, { kind: "literal" as const, value: false }]
        : []),
    ],
  };
}
