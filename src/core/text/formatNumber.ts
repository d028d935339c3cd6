/**
 * Formats a number the way planners print it: 4,199,904.03 (dot decimals, comma thousands), at
 * most four decimals. Plain arithmetic: toLocaleString builds an ICU formatter on every call.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? "-" : "";
  const [int, dec] = Math.abs(n).toFixed(4).replace(/0+$/, "").replace(/\.$/, "").split(".") as [
    string,
    string?,
  ];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const decimals = dec === undefined ? "" : `.${dec.length === 1 ? `${dec}0` : dec}`;
  return `${sign}${grouped}${decimals}`;
}

/** Decimal places a printed number shows (at most 4). */
export function shownDecimals(n: number): number {
  for (let d = 0; d <= 4; d++) if (Math.abs(n * 10 ** d - Math.round(n * 10 ** d)) < 1e-6) return d;
  return 4;
}
