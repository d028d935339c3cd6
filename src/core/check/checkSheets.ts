import type { Articulation } from "../articulation/articulation";
import { detectMatrices } from "../pipeline/detectMatrices";
import type { DetectedMatrix, Period } from "../detect/matrix";
import type { MatrixKind } from "../kinds/kindIds";
import { savedMapOf, type SavedMatrixMap } from "../columnMap/savedMap";
import { nearMissDraft } from "../mapEditor/mapDraft";
import { describeNearMiss, findNearMiss, type NearMiss } from "../pipeline/nearMiss";
import { kindIdOf, kindLabel } from "../kinds/registry";
import { measureMatrix } from "../pipeline/measureMatrix";
import { runRules } from "../rules/runRules";
import { scaleLabels } from "../scales/scale";
import { DEFAULT_MEASURING, measuringScale, type Measuring } from "../scales/measuring";
import type { SheetData } from "../sheet/sheetData";
import { parseA1 } from "../sheet/address";
import { FindingCollector, type Finding, type SeverityCounts } from "./findings";
import { reportGroupsOf, type ReportGroup } from "./groupMessage";

/**
 * The measuring choice (scale, period, tope: the same value and defaults as `apply`'s) and the
 * report's limits. An absent period or tope is the default's (DEFAULT_MEASURING).
 */
export interface CheckOptions extends Partial<Pick<Measuring, "period" | "tope">> {
  scale: Measuring["scale"];
  maxFindings: number;
  /** The planner's column maps (--columnas, or saved from the pane). */
  maps?: readonly SavedMatrixMap[];
  /** The PEI and POI the articulation rules (V15) compare against (checkWorkbook sets it). */
  articulation?: Articulation;
}

export interface MatrixReport {
  kind: MatrixKind;
  label: string;
  header: string;
  rows: number;
  confidence: number;
  period: Period;
  scale: string;
  /** The scale's labels, lowest first, then sobre-ejecución and «Sin dato». */
  levels: string[];
  ficha?: Record<string, string>;
  findings: Finding[];
  /** Findings left out per rule because of the cap (--max-hallazgos). */
  omitted: Record<string, number>;
  /** Every finding by severity, shown or left out. */
  counts: SeverityCounts;
  /** Every finding, shown or left out, grouped by rule and cause (count, cells, ranges). */
  groups: ReportGroup[];
  results: MatrixResultReport[];
  /** How the matrix was read (header rows, each column's role), to be corrected and fed back. */
  columnas: SavedMatrixMap;
}

/** One computed avance or % ejecución with its semáforo level. */
export interface MatrixResultReport {
  code: string;
  /** Where the value is shown: the avance cell when the matrix has one, else the code cell. */
  cell: string;
  value: number | null;
  level: string;
}

export interface SheetReport {
  name: string;
  matrices: MatrixReport[];
  /**
   * When no matrix was found: the row that looked like a header, what it lacks, and a column map
   * to correct and feed back with --columnas («borrador»).
   */
  nearMiss?: NearMiss & { message: string; borrador?: SavedMatrixMap };
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { ...DEFAULT_MEASURING, maxFindings: 200 };

/** Detects and validates every matrix of one sheet. */
export function checkSheet(
  sheet: SheetData,
  options: CheckOptions = DEFAULT_CHECK_OPTIONS
): SheetReport {
  return checkDetectedSheet(sheet, detectMatrices(sheet, options.maps), options);
}

/** Validates the matrices already detected in one sheet. */
export function checkDetectedSheet(
  sheet: SheetData,
  detected: readonly DetectedMatrix[],
  options: CheckOptions
): SheetReport {
  const matrices = detected.map((m) => checkMatrix(sheet, m, options));
  const near = matrices.length === 0 ? findNearMiss(sheet) : null;
  if (!near) return { name: sheet.name, matrices };
  const borrador = nearMissDraft(sheet, near);
  return {
    name: sheet.name,
    matrices,
    nearMiss: { ...near, message: describeNearMiss(near), borrador },
  };
}

export function checkMatrix(
  sheet: SheetData,
  m: DetectedMatrix,
  options: CheckOptions
): MatrixReport {
  const scale = measuringScale(options, m.period);
  const out = new FindingCollector(options.maxFindings);
  const measured = measureMatrix(sheet, m, { scale, tope: options.tope ?? DEFAULT_MEASURING.tope });
  runRules(measured, out, options.articulation);
  const dataRows = m.rows.filter((r) => r.role !== "blank" && r.role !== "repeated-header").length;
  const ficha = m.ficha
    ? Object.fromEntries(Object.entries(m.ficha.labels).map(([k, v]) => [k, v.value]))
    : undefined;
  // Findings in position order; when the cap left none out they are all the findings, in the
  // same order, so one sort serves both (a large POI has thousands).
  const all = byPosition(out.all);
  const shown = out.findings.length === out.all.length ? all.slice() : byPosition(out.findings);
  return {
    kind: kindIdOf(m.kind),
    label: kindLabel(m.kind),
    header: m.headerA1,
    rows: dataRows,
    confidence: m.confidence,
    period: m.period,
    scale: scale.id,
    levels: scaleLabels(scale),
    ficha,
    findings: shown,
    omitted: Object.fromEntries(out.omitted),
    counts: { ...out.counts },
    groups: reportGroupsOf(all),
    columnas: savedMapOf(m),
    results: measured.items
      .filter((i) => i.reported)
      .map(({ code, cell, value, level }) => ({ code, cell, value, level })),
  };
}

/**
 * Orders findings top to bottom, then left to right (by their first cell). Each cell is parsed
 * once, not at every comparison: a large POI has thousands of findings.
 */
function byPosition(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((finding) => {
    const { cell } = finding;
    const colon = cell.indexOf(":");
    return { finding, at: parseA1(colon < 0 ? cell : cell.slice(0, colon)) };
  });
  keyed.sort(({ at: pa }, { at: pb }) => {
    if (!pa || !pb) return 0;
    return pa.row - pb.row || pa.col - pb.col;
  });
  return keyed.map((k) => k.finding);
}

/** Findings by severity over sheets, counting those left out of the report by the cap too. */
export function countSeverities(sheets: readonly SheetReport[]): SeverityCounts {
  const totals = { errors: 0, warnings: 0, infos: 0 };
  for (const s of sheets) {
    // A sheet that looked like a matrix and was not one is listed as a warning (observations,
    // lines, xlsx): the totals count it too, so the summary agrees with what is listed.
    if (s.nearMiss) totals.warnings++;
    for (const m of s.matrices) {
      totals.errors += m.counts.errors;
      totals.warnings += m.counts.warnings;
      totals.infos += m.counts.infos;
    }
  }
  return totals;
}
