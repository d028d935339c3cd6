import type { DetectedMatrix } from "../detect/matrix";
import { kindLabel } from "../kinds/registry";
import { roundHalfUp } from "../numbers/round";
import { classify, scaleLabels, type Scale } from "../scales/scale";
import { a1, quoteSheet } from "../sheet/address";
import { BoundedFormulas } from "./boundedFormulas";
import type { PlacedResult } from "./placedResult";
import { SUMMARY_SHEET, type PlannedCell } from "./writePlan";

export type { PlacedResult };

export interface SummaryGroup {
  matrix: DetectedMatrix;
  sheet: string;
  scale: Scale;
  aeiCells: PlacedResult[];
  aoCells: PlacedResult[];
}

/**
 * The "Resumen Semáforo" sheet: for a PEI, one row per OEI with its AEI per level (the Lares
 * report's table), the number of AEI, a total row and the "Avance promedio de AEI"; for a POI, one row per
 * matrix (ficha) with its activities per level. Every number is a formula over the matrix, cached
 * with its current value; labels are text.
 */
export function summaryCells(groups: readonly SummaryGroup[]): PlannedCell[] {
  const cells: PlannedCell[] = [];
  const text = (row: number, col: number, value: string, style?: PlannedCell["style"]) =>
    cells.push({ sheet: SUMMARY_SHEET, address: a1(row, col), value, text: true, style });
  const formula = (row: number, col: number, f: string, value: number | string | null) =>
    cells.push({ sheet: SUMMARY_SHEET, address: a1(row, col), formula: f, value });
  text(0, 0, "Resumen del semáforo", "title");
  text(1, 0, "Fórmulas sobre las matrices: se actualizan cuando cambian los datos.");
  let r = 3;
  for (const g of groups) {
    const isPei = g.aeiCells.length > 0;
    const items = isPei ? g.aeiCells : g.aoCells;
    if (items.length === 0) continue;
    const ref = (c: string) => `${quoteSheet(g.sheet)}!${c}`;
    // Formulas stay under Excel's limits whatever the matrix size (helper cells when needed).
    const bounded = new BoundedFormulas(cells, ref);
    const labels = scaleLabels(g.scale);
    // No cell ranges in the title: the header grows by our own column after the first run.
    const ficha = g.matrix.ficha?.labels.ficha?.value;
    const where = ficha ?? g.sheet;
    text(
      r++,
      0,
      `${g.sheet} — ${kindLabel(g.matrix.kind)}${ficha ? ` (${ficha})` : ""} · ${g.scale.name}`,
      "title"
    );
    [isPei ? "OEI" : "Matriz", ...labels, isPei ? "Número de AEI" : "Número de AO"].forEach(
      (h, c) => text(r, c, h, "header")
    );
    r++;
    const rowsOf = isPei
      ? groupBy(items, (i) => `OEI.${i.code.slice(4, 6)}`)
      : new Map([[where, items]]);
    const first = r;
    for (const [label, list] of rowsOf) {
      text(r, 0, label);
      labels.forEach((l, i) => bounded.count(r, i + 1, list, l, g.scale));
      formula(r, labels.length + 1, `=SUM(${a1(r, 1)}:${a1(r, labels.length)})`, list.length);
      r++;
    }
    text(r, 0, "Total");
    for (let c = 1; c <= labels.length + 1; c++) {
      const total =
        c <= labels.length
          ? items.filter((x) => classify(x.value, g.scale) === labels[c - 1]).length
          : items.length;
      formula(r, c, `=SUM(${a1(first, c)}:${a1(r - 1, c)})`, total);
    }
    r++;
    if (isPei) {
      const values = items.map((x) => x.value).filter((v): v is number => v !== null);
      const mean = values.length
        ? roundHalfUp(values.reduce((a, b) => a + b, 0) / values.length, 2)
        : "";
      text(r, 0, "Avance promedio de AEI");
      bounded.average(r, 1, items, mean);
      r++;
    }
    r++;
  }
  return cells;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}
