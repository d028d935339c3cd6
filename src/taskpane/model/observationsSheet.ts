import type { MatrixReport, SheetReport } from "../../core/check/checkSheets";
import { describeNearMiss, findNearMiss } from "../../core/pipeline/nearMiss";
import { SETTINGS_SHEET, SUMMARY_SHEET } from "../../core/plan/writePlan";
import { observationsOf, type Observation } from "../../core/report/observations";
import { REPORT_HEADERS, reportRow } from "../../core/report/reportRows";
import type { SheetData } from "../../core/sheet/sheetData";
import type { WorkbookPort } from "../../core/port/workbookPort";
import { plural } from "../../core/text/plural";
import { describeFailure, type Note } from "./appState";

/** The sheet «Crear hoja de observaciones» adds (a number follows when the name is taken). */
export const OBSERVATIONS_SHEET = "Observaciones";
/** The «Archivo» column of rows made in the pane: the open workbook has no path to give. */
export const THIS_WORKBOOK = "Este libro";

/**
 * Rows of one unidad orgánica together, in the order each unidad first appears; the order within
 * a unidad stays the report's. Rows without a unidad keep their place after the rest.
 */
export function byUnidad(rows: readonly Observation[]): Observation[] {
  const order = [...new Set(rows.map((o) => o.unidad).filter((u) => u !== ""))];
  if (order.length === 0) return [...rows];
  const rank = (o: Observation) => (o.unidad === "" ? order.length : order.indexOf(o.unidad));
  return rows
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i)
    .map((x) => x.o);
}

/**
 * The observations report of the workbook as the pane checked it: the same rows `semaforo check
 * --formato xlsx` writes (core/report), one per finding, near-miss headers and cut findings
 * included, grouped by unidad orgánica. Header row first.
 */
export function observationsSheet(
  sheets: readonly SheetData[],
  reports: readonly { sheet: string; report: MatrixReport }[]
): { header: string[]; rows: (string | number)[][] } {
  const checked: SheetReport[] = sheets
    .filter((s) => s.name !== SETTINGS_SHEET && s.name !== SUMMARY_SHEET)
    .map((sheet) => {
      const matrices = reports.filter((r) => r.sheet === sheet.name).map((r) => r.report);
      const near = matrices.length === 0 ? findNearMiss(sheet) : null;
      return near
        ? { name: sheet.name, matrices, nearMiss: { ...near, message: describeNearMiss(near) } }
        : { name: sheet.name, matrices };
    });
  const report = {
    files: [{ file: THIS_WORKBOOK, sheets: checked }],
    totals: { errors: 0, warnings: 0, infos: 0, unreadable: 0 },
  };
  const rows = byUnidad(observationsOf(report)).map((o, i) => reportRow(o, i));
  return { header: [...REPORT_HEADERS], rows };
}

/** Adds the observations sheet through the port; the note says where, or why it could not. */
export async function createObservationsSheet(
  port: WorkbookPort,
  sheets: readonly SheetData[],
  reports: readonly { sheet: string; report: MatrixReport }[]
): Promise<Note> {
  try {
    const { header, rows } = observationsSheet(sheets, reports);
    const name = await port.addReportSheet(OBSERVATIONS_SHEET, header, rows);
    return {
      intent: "success",
      title: "Hoja de observaciones creada",
      text:
        `«${name}» tiene ${plural(rows.length, "observación", "observaciones")}, agrupadas por ` +
        "unidad orgánica cuando la matriz la indica. Cópiela a un libro nuevo (Mover o copiar › " +
        "(nuevo libro)) para enviarla.",
    };
  } catch (e) {
    return describeFailure(e, "No se pudo crear la hoja de observaciones");
  }
}
