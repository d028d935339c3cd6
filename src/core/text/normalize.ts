/** Removes accents and folds case and inner whitespace, for matching labels by meaning. */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Shows a cell value inside a Spanish message: «texto». */
export function quote(value: unknown): string {
  if (typeof value === "string") return `«${value}»`;
  return `«${String(value)}»`;
}
