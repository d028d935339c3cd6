const folded = new Map<string, string>();

/** Removes accents and folds case and inner whitespace, for matching labels by meaning. */
export function foldText(value: string): string {
  const hit = folded.get(value);
  if (hit !== undefined) return hit;
  const result = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  // Sheets repeat the same texts (units, months, responsables): memoise, within bounds.
  if (value.length <= 200) {
    if (folded.size > 50_000) folded.clear();
    folded.set(value, result);
  }
  return result;
}

/** Shows a cell value inside a Spanish message: «texto». */
export function quote(value: unknown): string {
  if (typeof value === "string") return `«${value}»`;
  return `«${String(value)}»`;
}
