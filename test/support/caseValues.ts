import { textNumber, type Rng } from "./random";

/**
 * A generated cell value for agreement tests: blank, zero (as number or "0"), or a number up to
 * `max` with two decimals, typed as text (either locale) with probability `text`.
 */
export function caseValue(
  r: Rng,
  max: number,
  { blank = 0.1, zero = 0.1, text = 0.25 } = {}
): unknown {
  const x = r.next();
  if (x < blank) return null;
  if (x < blank + zero) return r.chance(0.3) ? "0" : 0;
  const n = Math.round(r.next() * max * 100) / 100;
  return r.chance(text) ? textNumber(r, n) : n;
}
