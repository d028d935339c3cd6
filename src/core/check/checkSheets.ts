import { detectMatrices } from "../detect/detectMatrices";
import { KIND_LABELS, type DetectedMatrix, type MatrixKind, type Period } from "../detect/matrix";
import { scaleLabels } from "../scales/scale";
import { PERIOD_CHOICE, resolveScaleChoice, type ScaleChoice } from "../scales/scaleChoice";
import type { SheetData } from "../sheet/sheetData";
import { parseA1 } from "../sheet/address";
import { FindingCollector, type Finding } from "../validate/findings";
import { validatePei } from "../validate/peiRules";
import { validatePoiProgramacion } from "../validate/poiProgramacionRules";
import { validatePoiExport, validatePoiSeguimiento } from "../validate/poiSeguimientoRules";
import type { MatrixResult } from "../validate/types";

export interface CheckOptions {
  /** The semáforo scale; "periodo" picks CEPLAN's scale for each matrix's period. */
  scale: ScaleChoice;
  maxFindings: number;
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
  results: Omit<MatrixResult, "row" | "role">[];
}

export interface SheetReport {
  name: string;
  matrices: MatrixReport[];
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { scale: PERIOD_CHOICE, maxFindings: 200 };

/** Detects and validates every matrix of one sheet. */
export function checkSheet(
  sheet: SheetData,
  options: CheckOptions = DEFAULT_CHECK_OPTIONS
): SheetReport {
  const matrices = detectMatrices(sheet).map((m) => checkMatrix(sheet, m, options));
  return { name: sheet.name, matrices };
}

export function checkMatrix(
  sheet: SheetData,
  m: DetectedMatrix,
  options: CheckOptions
): MatrixReport {
  const scale = resolveScaleChoice(options.scale, m.period);
  const out = new FindingCollector(options.maxFindings);
  const opts = { scale, tope: true };
  const results =
    m.kind === "pei-seguimiento" || m.kind === "pei-matriz"
      ? validatePei(sheet, m, out, opts)
      : m.kind === "poi-programacion"
        ? validatePoiProgramacion(sheet, m, out, opts)
        : m.kind === "poi-seguimiento"
          ? validatePoiSeguimiento(sheet, m, out, opts)
          : validatePoiExport(sheet, m, out, opts);
  const dataRows = m.rows.filter((r) => r.role !== "blank" && r.role !== "repeated-header").length;
  const ficha = m.ficha
    ? Object.fromEntries(Object.entries(m.ficha.labels).map(([k, v]) => [k, v.value]))
    : undefined;
  return {
    kind: m.kind,
    label: KIND_LABELS[m.kind],
    header: m.headerA1,
    rows: dataRows,
    confidence: m.confidence,
    period: m.period,
    scale: scale.id,
    levels: scaleLabels(scale),
    ficha,
    findings: [...out.findings].sort(byPosition),
    omitted: Object.fromEntries(out.omitted),
    results: results.map(({ code, cell, value, level }) => ({ code, cell, value, level })),
  };
}

/** Orders findings top to bottom, then left to right (by their first cell). */
function byPosition(a: Finding, b: Finding): number {
  const pa = parseA1(a.cell.split(":")[0] ?? "");
  const pb = parseA1(b.cell.split(":")[0] ?? "");
  if (!pa || !pb) return 0;
  return pa.row - pb.row || pa.col - pb.col;
}

export function countSeverities(sheets: readonly SheetReport[]) {
  const totals = { errors: 0, warnings: 0, infos: 0 };
  for (const s of sheets) {
    for (const m of s.matrices) {
      for (const f of m.findings) {
        if (f.severity === "error") totals.errors++;
        else if (f.severity === "warning") totals.warnings++;
        else totals.infos++;
      }
    }
  }
  return totals;
}
