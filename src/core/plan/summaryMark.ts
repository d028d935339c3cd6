import { a1 } from "../sheet/address";
import type { SheetData } from "../sheet/sheetData";
import type { PlannedCell } from "./writePlan";

/**
 * A fingerprint of the summary sheet's content (labels and formulas, not the cached values that
 * change on recalculation). Semáforo stores the one it wrote in its settings; a summary whose
 * fingerprint differs was edited by the planner and is theirs: it is never replaced or removed.
 */
export function plannedSummaryMark(cells: readonly PlannedCell[]): string {
  return hash(
    cells
      .filter((c) => c.formula || (c.value !== null && c.value !== ""))
      .map((c) => `${c.address}\u0001${c.formula ? stripEquals(c.formula) : String(c.value)}`)
  );
}

export function sheetSummaryMark(sheet: SheetData): string {
  const entries: string[] = [];
  sheet.rows.forEach((row, r) => {
    row?.forEach((value, c) => {
      const address = a1(r, c);
      const formula = sheet.formulas?.get(address);
      if (formula) entries.push(`${address}\u0001${stripEquals(formula)}`);
      else if (value !== null && value !== "" && value !== undefined) {
        const text =
          value instanceof Date
            ? value.toISOString()
            : typeof value === "object"
              ? value.error
              : String(value);
        entries.push(`${address}\u0001${text}`);
      }
    });
  });
  return hash(entries);
}

const stripEquals = (f: string) => (f.startsWith("=") ? f.slice(1) : f);

/** FNV-1a over the sorted entries, as 8 hex digits plus the entry count. */
function hash(entries: string[]): string {
  const text = [...entries].sort().join("\u0002");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${entries.length}-${h.toString(16).padStart(8, "0")}`;
}
