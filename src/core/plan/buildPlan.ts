import { detectMatrices } from "../detect/detectMatrices";
import { measureMatrix } from "../pipeline/measureMatrix";
import { serializeScaleChoice } from "../scales/scaleChoice";
import { measuringScale, scaleInWords } from "../scales/measuring";
import type { SheetData } from "../sheet/sheetData";
import { OwnedCells } from "./ownership";
import { placeResults } from "./placeResults";
import { readSettings, settingsCells } from "./settings";
import { libroNames, type LibroCall } from "../native/libroMode";
import { buildSummary, type SummaryGroup } from "./summary";
import { plannedSummaryMark } from "./summaryMark";
import { SETTINGS_SHEET, SUMMARY_SHEET, type PlanOptions, type WritePlan } from "./writePlan";

/**
 * Builds the write plan for a workbook: each matrix is measured once, and each measured item with
 * a calc gets its formula (custom or native) in the matrix's result column or a new one to the
 * right, with the item's value cached; semáforo conditional formats on the scale; an optional
 * summary sheet; and the settings. Cells that hold a planner's data are conflicts: reported and
 * skipped unless `force`.
 */
export function buildWritePlan(sheets: readonly SheetData[], options: PlanOptions): WritePlan {
  const owned = new OwnedCells(sheets);
  const maps = options.maps ?? readSettings(sheets)?.columnas ?? [];
  const plan: WritePlan = {
    cells: [],
    formats: [],
    sheets: [],
    conflicts: [],
    notes: [],
    settings: {
      escala: serializeScaleChoice(options.scale),
      periodo: options.period ?? "según la matriz",
      modo: options.mode,
      tope: options.tope,
      celdas: [],
      nombres: [],
      columnas: [...maps],
    },
    names: [],
    scales: [],
  };
  const calls: LibroCall[] = [];
  const groups: SummaryGroup[] = [];
  for (const sheet of sheets) {
    if (sheet.name === SUMMARY_SHEET || sheet.name === SETTINGS_SHEET) continue;
    for (const m of detectMatrices(sheet, maps)) {
      const scale = measuringScale(options, m.period);
      const words = scaleInWords(scale);
      if (!plan.scales?.includes(words)) plan.scales?.push(words);
      const measured = measureMatrix(sheet, m, { scale, tope: options.tope });
      const placed = placeResults({ sheet, options, owned, plan, calls }, m, measured.items, scale);
      if (placed) groups.push({ ...placed, matrix: m, sheet: sheet.name, scale });
    }
  }
  plan.names = libroNames(calls);
  plan.settings.nombres = plan.names.map((n) => n.name);
  if (options.summary && groups.length > 0) {
    plan.sheets.push({ name: SUMMARY_SHEET, hidden: false, widths: [34, 12, 12, 12, 12, 12, 16] });
    const summary = buildSummary(groups);
    plan.cells.push(...summary.cells);
    plan.summaryCharts = summary.charts;
    plan.settings.resumen = plannedSummaryMark(summary.cells);
  }
  plan.sheets.push({ name: SETTINGS_SHEET, hidden: true });
  plan.cells.push(...settingsCells(plan.settings));
  return plan;
}
