import type { Severity } from "../check/findings";
import { describeRanges } from "../check/findingGroups";
import { ruleMeta } from "../rules/registry";
import type { CheckReport } from "./checkReport";

/**
 * One row of the observations report a planner forwards: one group of findings (one rule and
 * cause in one matrix, with how many cells it holds), or one unreadable file.
 */
export interface Observation {
  file: string;
  sheet: string;
  /** The group's cells as A1 ranges («H74:H229, H231»); empty for a file-level row. */
  cell: string;
  /** The first of those ranges, a reference an editor can jump to; empty for a file-level row. */
  at: string;
  /** How many cells (findings) the row stands for. */
  count: number;
  severity: Severity;
  rule: string;
  /** What the rule checks, in Spanish. */
  ruleDescription: string;
  message: string;
  /** How to fix it (the rule's meta), in Spanish. */
  fix: string;
  /** The ficha's unidad orgánica when the matrix has one: whom to send the row to. */
  unidad: string;
}

/** Rule id of the row that reports a file that could not be read. */
export const UNREADABLE_RULE = "archivo-ilegible";
/** Rule id of the row that reports a sheet whose header looked like a matrix but was not one. */
export const NEAR_MISS_RULE = "encabezado-no-reconocido";

export const SEVERITY_WORD: Record<Severity, string> = {
  error: "error",
  warning: "advertencia",
  info: "aviso",
};

/** Every finding of a report as flat rows, in report order (file, sheet, matrix, finding). */
export function observationsOf(report: CheckReport): Observation[] {
  const rows: Observation[] = [];
  for (const f of report.files) {
    if (f.error) {
      rows.push({
        file: f.file,
        sheet: "",
        cell: "",
        at: "",
        count: 1,
        severity: "error",
        rule: UNREADABLE_RULE,
        ruleDescription: "El archivo se puede abrir y leer",
        message: `No se pudo leer: ${f.error}`,
        fix: "Abra el archivo en Excel y guárdelo como libro .xlsx (sin contraseña de apertura), y vuelva a revisarlo.",
        unidad: "",
      });
    }
    for (const s of f.sheets) {
      if (s.nearMiss) {
        rows.push({
          file: f.file,
          sheet: s.name,
          cell: `${s.nearMiss.row}:${s.nearMiss.row}`,
          at: `${s.nearMiss.row}:${s.nearMiss.row}`,
          count: 1,
          severity: "warning",
          rule: NEAR_MISS_RULE,
          ruleDescription:
            "Cada hoja con una matriz de planeamiento tiene un encabezado reconocible",
          message: `No se detectó ninguna matriz: ${s.nearMiss.message}`,
          fix: "Use en el encabezado los títulos de columna de la matriz CEPLAN (por ejemplo «Código», «Logro esperado», «Valor obtenido») y vuelva a revisar.",
          unidad: "",
        });
      }
      for (const m of s.matrices) {
        const unidad = m.ficha?.unidadOrganica ?? "";
        const base = { file: f.file, sheet: s.name, unidad };
        for (const g of m.groups) {
          rows.push({
            ...base,
            cell: describeRanges(g.ranges),
            at: g.ranges[0] ?? "",
            count: g.count,
            severity: g.severity,
            rule: g.rule,
            message: g.message,
            ...describe(g.rule),
          });
        }
      }
    }
  }
  return rows;
}

/** What a rule checks and how to fix its findings, from the rules registry. */
function describe(rule: string): Pick<Observation, "ruleDescription" | "fix"> {
  const meta = ruleMeta(rule);
  return { ruleDescription: meta?.description ?? "", fix: meta?.fix ?? "" };
}
