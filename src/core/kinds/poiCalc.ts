import type { Acumulacion } from "../calc/acumular";
import type { CellRead } from "../measure/cellRead";
import { evaluate } from "../measure/evaluate";
import type { Calc } from "../measure/item";

const present = (reads: (CellRead | undefined)[]) => reads.filter((r): r is CellRead => !!r);

/**
 * % ejecución of an AO: EJECUCION(programado, ejecutado, acumulación, [hasta_mes], [tope]) over
 * the months the matrix has. Returns the calc, its value, and the value without the cap (the
 * sobre-ejecución rule needs the real figure even when the written one is capped).
 */
export function ejecucionCalc(
  prog: (CellRead | undefined)[],
  exec: (CellRead | undefined)[],
  mode: Acumulacion,
  tope: boolean
): { calc: Calc; value: number | null; raw: number | null } {
  const base: Calc = {
    fn: "EJECUCION",
    args: [
      { kind: "cells", cells: present(prog) },
      { kind: "cells", cells: present(exec) },
      { kind: "literal", value: mode },
    ],
  };
  const raw = evaluate(base).value;
  if (!tope) return { calc: base, value: raw, raw };
  const calc: Calc = {
    ...base,
    args: [...base.args, { kind: "omitted" }, { kind: "literal", value: true }],
  };
  return { calc, value: evaluate(calc).value, raw };
}
