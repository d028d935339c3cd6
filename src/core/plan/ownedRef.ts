import { parseRangeA1 } from "../sheet/address";

/**
 * Splits a range Semáforo recorded in its settings ("Hoja!G8:G67", "'D''Arcy'!G8") into the
 * sheet name, unquoted as Excel quotes it (outer apostrophes, inner ones doubled), and the range.
 * Null when the part after "!" is not an A1 range.
 */
export function parseOwnedRef(ref: string): { sheet: string; range: string } | null {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return null;
  const raw = ref.slice(0, bang);
  const quoted = raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'");
  const sheet = quoted ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const range = ref.slice(bang + 1);
  if (!parseRangeA1(range)) return null;
  return { sheet, range: range.replace(/\$/g, "").toUpperCase() };
}
