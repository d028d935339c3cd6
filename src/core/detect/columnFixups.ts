import type { ColumnMap } from "./columnMap";

/** A TOTAL column right after the twelve months is the annual quantity (a flat POI's ENE … DIC, TOTAL). */
export function totalAsAnnual(map: ColumnMap) {
  const total = map.single.total;
  if (total === undefined || map.single.cantidadAnual !== undefined) return;
  if (map.months.some((c) => c === undefined)) return;
  if (total > Math.max(...(map.months as number[]))) map.single.cantidadAnual = total;
}

/** Month letters E F M A M J J A S O N D are ambiguous alone (M, J, A): map them by position. */
export function assignLetters(map: ColumnMap, letters: number[]) {
  if (letters.length < 3) return;
  let month = 0;
  for (const c of letters) {
    while (month < 12 && map.months[month] !== undefined) month++;
    if (month >= 12) break;
    map.months[month] = c;
    month++;
  }
}

/**
 * A block whose header drops the month letters after a quarter still has three month columns before
 * each quarter subtotal: take the nearest columns to the left that are not quarters.
 */
export function inferMonthsFromQuarters(map: ColumnMap) {
  if (map.quarters.some((q) => q === undefined)) return;
  const quarterCols = new Set(map.quarters as number[]);
  let previous = (map.single.meta ?? map.single.fechaFin ?? -1) as number;
  map.quarters.forEach((qc, q) => {
    const candidates: number[] = [];
    for (let c = (qc as number) - 1; c > previous && candidates.length < 3; c--) {
      if (!quarterCols.has(c)) candidates.unshift(c);
    }
    // Only the months the header did not name are filled in.
    candidates.forEach((c, i) => {
      const month = q * 3 + i + (3 - candidates.length);
      map.months[month] ??= c;
    });
    previous = qc as number;
  });
}
