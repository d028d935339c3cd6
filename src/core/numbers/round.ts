/**
 * Rounds half away from zero to `decimals` places, the way Excel's ROUND does. Near a half the
 * product is first reduced to 15 significant digits so that binary noise (1.005 × 100 =
 * 100.49999999999999) does not turn a printed half into a round-down; elsewhere plain arithmetic
 * gives the same answer without the (slow) string round trip.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  let scaled = Math.abs(value) * factor;
  const fraction = scaled - Math.floor(scaled);
  if (Math.abs(fraction - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  return value < 0 ? -rounded : rounded;
}
