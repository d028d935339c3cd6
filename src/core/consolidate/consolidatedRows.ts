import type { MatrixReport } from "../check/checkSheets";
import { groupFindings, type FindingGroup } from "../check/findingGroups";
import { NO_DATA_LABEL } from "../scales/scale";
import type { MatrixUnit } from "./matrixUnit";

/** The level columns of the consolidated sheet, titled exactly as CEPLAN's tables. */
export const LEVEL_COLUMNS = ["Malo", "Regular", "Bueno", "Sin dato"] as const;

/** One matrix of one workbook in the consolidated sheet. */
export interface ConsolidatedRow {
  file: string;
  sheet: string;
  kind: string;
  label: string;
  ue: string;
  uo: string;
  /** The unit the matrix is grouped under: its unidad orgánica, else its UE, else its file. */
  unit: string;
  scale: string;
  /** Results per level column (Malo, Regular, Bueno, Sin dato). */
  counts: [number, number, number, number];
  /** Mean of the results with a value (null when none has one). */
  average: number | null;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The column of a level by its place on the matrix's scale: the first level is Malo, the second
 * Regular, the third (Bueno, Alto) and any above it, sobre-ejecución included, Bueno; «Sin dato»
 * is Sin dato. CEPLAN's scales and the institutional 80/91 one have exactly three levels.
 */
export function levelColumn(levels: readonly string[], label: string): 0 | 1 | 2 | 3 {
  const at = levels.indexOf(label);
  if (label === NO_DATA_LABEL || at < 0) return 3;
  return at === 0 ? 0 : at === 1 ? 1 : 2;
}

export function consolidatedRow(
  file: string,
  sheet: string,
  m: MatrixReport,
  unit: MatrixUnit
): ConsolidatedRow {
  const counts: ConsolidatedRow["counts"] = [0, 0, 0, 0];
  let sum = 0;
  let withValue = 0;
  for (const r of m.results) {
    counts[levelColumn(m.levels, r.level)]++;
    if (r.value !== null) {
      sum += r.value;
      withValue++;
    }
  }
  return {
    file,
    sheet,
    kind: m.kind,
    label: m.label,
    ue: unit.ue,
    uo: unit.uo,
    unit: unit.unit || file,
    scale: m.scale,
    counts,
    average: withValue > 0 ? Math.round((sum / withValue) * 100) / 100 : null,
    errors: m.counts.errors,
    warnings: m.counts.warnings,
    infos: m.counts.infos,
  };
}

/** A group of repeated observations of one matrix, with its unit, for the observations sheet. */
export interface UnitObservation {
  unit: string;
  file: string;
  sheet: string;
  group: FindingGroup;
  /** Findings of the group's rule left out of the report by the cap (--max-hallazgos). */
  omitted: number;
}

/** The matrix's findings grouped; what the cap left out of a rule counts in its first group. */
export function unitObservations(row: ConsolidatedRow, m: MatrixReport): UnitObservation[] {
  const counted = new Set<string>();
  return groupFindings(m.findings).map((group) => {
    const omitted = counted.has(group.rule) ? 0 : (m.omitted[group.rule] ?? 0);
    counted.add(group.rule);
    return { unit: row.unit, file: row.file, sheet: row.sheet, group, omitted };
  });
}
