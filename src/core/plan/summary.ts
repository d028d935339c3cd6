import { parseCode } from "../codes/codes";
import type { DetectedMatrix } from "../detect/matrix";
import { kindOf } from "../kinds/registry";
import type { Scale } from "../scales/scale";
import { quoteSheet } from "../sheet/address";
import { BoundedFormulas } from "./boundedFormulas";
import type { PlacedResult } from "./placedResult";
import type { PlacedCells } from "./placeResults";
import { writeSummaryTable, type SummaryTableSpec } from "./summaryTable";
import { SUMMARY_SHEET, type PlannedCell, type SummaryChart } from "./writePlan";

export type { PlacedResult };

export interface SummaryGroup extends PlacedCells {
  matrix: DetectedMatrix;
  sheet: string;
  scale: Scale;
}

/**
 * The "Resumen Semáforo" sheet: for a PEI matrix, one table with a row per OEI of its AEI per
 * level (the Lares report's table), the number of AEI, a total row and the "Avance promedio de
 * AEI"; for the POI, one table per kind and scale with a row per unidad orgánica (the ficha's
 * «Unidad Orgánica» label, else the ficha or the sheet) of its activities per level; for other
 * results (budget lines), one such table with a row per matrix; for indicators that are not a
 * PEI's (whose AEI already sum them up), one table per kind and scale with a row per matrix of
 * its indicators per level. Every number
 * is a formula over the matrices, cached with its current value; labels are text. Each table
 * comes with the description of its chart.
 */
export function buildSummary(groups: readonly SummaryGroup[]): {
  cells: PlannedCell[];
  charts: SummaryChart[];
} {
  const cells: PlannedCell[] = [];
  const text = (row: number, value: string, style?: PlannedCell["style"]) =>
    cells.push({ sheet: SUMMARY_SHEET, address: `A${row + 1}`, value, text: true, style });
  text(0, "Resumen del semáforo", "title");
  text(1, "Fórmulas sobre las matrices: se actualizan cuando cambian los datos.");
  // One set of helper cells for the whole sheet (they are keyed by row).
  const bounded = new BoundedFormulas(cells, (cell) => cell);
  const charts: SummaryChart[] = [];
  let r = 3;
  for (const spec of summaryTables(groups)) {
    const table = writeSummaryTable(cells, bounded, r, spec);
    charts.push(table.chart);
    r = table.next;
  }
  return { cells, charts };
}

/** The tables, in the order their first matrix appears. */
function summaryTables(groups: readonly SummaryGroup[]): SummaryTableSpec[] {
  const tables: SummaryTableSpec[] = [];
  const byKey = new Map<string, SummaryTableSpec>();
  /** Adds `list` to the row `row` of the table `key`, made by `make` on first use. */
  const addRow = (key: string, make: () => SummaryTableSpec, row: string, list: PlacedResult[]) => {
    let spec = byKey.get(key);
    if (!spec) {
      spec = make();
      byKey.set(key, spec);
      tables.push(spec);
    }
    spec.rows.set(row, [...(spec.rows.get(row) ?? []), ...list]);
  };
  for (const g of groups) {
    const qualified = (list: PlacedResult[]) =>
      list.map((x) => ({ ...x, cell: `${quoteSheet(g.sheet)}!${x.cell}` }));
    const ficha = g.matrix.ficha?.labels.ficha?.value;
    const kind = kindOf(g.matrix.kind);
    const { label } = kind;
    if (g.aeiCells.length > 0) {
      // No cell ranges in the title: the header grows by our own column after the first run.
      tables.push({
        title: `${g.sheet} — ${label}${ficha ? ` (${ficha})` : ""} · ${g.scale.name}`,
        rowHeader: parseCode(objectiveOf(g.aeiCells[0]?.code ?? ""))?.kind ?? "OEI",
        countHeader: "Número de AEI",
        scale: g.scale,
        rows: groupBy(qualified(g.aeiCells), (i) => objectiveOf(i.code)),
        average: true,
      });
      // The PEI's indicators are summed up by their AEI: no table of their own.
      continue;
    }
    const key = (role: string) => `${role}\u0001${g.matrix.kind}\u0001${g.scale.name}`;
    const table = (title: string, rowHeader: string, countHeader: string) => () => ({
      title: `${title} · ${g.scale.name}`,
      rowHeader,
      countHeader,
      scale: g.scale,
      rows: new Map<string, PlacedResult[]>(),
      average: false,
    });
    if (g.aoCells.length > 0) {
      // POI activities are counted per unidad orgánica; other results (budget lines) per matrix.
      const perUnit = kind.summaryBy === "unidad";
      const unit = perUnit ? g.matrix.ficha?.labels.unidadOrganica?.value : undefined;
      addRow(
        key("ao"),
        table(
          `${label}${perUnit ? " por unidad orgánica" : ""}`,
          perUnit ? "Unidad orgánica" : "Matriz",
          // A budget line is no AO.
          kind.family === "presupuesto" ? "Número de líneas presupuestales" : "Número de AO"
        ),
        unit || ficha || g.sheet,
        qualified(g.aoCells)
      );
    }
    if (g.indicadorCells.length > 0) {
      // Indicators have no unit to group by: one row per matrix (its ficha, else its sheet).
      addRow(
        key("indicador"),
        table(
          /indicador/i.test(label) ? label : `${label}: indicadores`,
          "Matriz",
          "Número de indicadores"
        ),
        ficha || g.sheet,
        qualified(g.indicadorCells)
      );
    }
  }
  return tables;
}

/** The objective an action's code names: OEI.01 for AEI.01.02 (OER.01 for AER.01.02). */
const objectiveOf = (code: string): string => parseCode(code)?.parent ?? code;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}
