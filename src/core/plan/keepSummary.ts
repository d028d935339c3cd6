import type { SheetData } from "../sheet/sheetData";
import { buildWritePlan } from "./buildPlan";
import { buildRemovalPlan, type RemovalPlan } from "./removalPlan";
import { settingsCells } from "./settings";
import { SETTINGS_SHEET, SUMMARY_SHEET, type PlanOptions, type WritePlan } from "./writePlan";

/** Why a «Resumen Semáforo» still in the workbook is kept (as a sentence's start). */
export function summaryKeptBecause(sheets: readonly SheetData[]): string {
  return sheets.some((s) => s.name === SETTINGS_SHEET)
    ? `La hoja «${SUMMARY_SHEET}» tiene cambios suyos`
    : `Sin la hoja «${SETTINGS_SHEET}» no se puede saber si usted cambió la hoja «${SUMMARY_SHEET}»`;
}

/**
 * A «Resumen Semáforo» the planner edited is theirs: keep it, write no new one, and say so. The
 * summary is the planner's when taking Semáforo's own cells out (the removal plan) would leave it
 * in the workbook. Both adapters call this on the plan they are about to write (the CLI's .xlsx
 * apply and the pane), so the policy is one.
 */
export function keepPlannersSummary(
  plan: WritePlan,
  sheets: readonly SheetData[],
  removal: RemovalPlan = buildRemovalPlan(sheets),
  because: string = summaryKeptBecause(sheets)
): WritePlan {
  if (!plan.sheets.some((s) => s.name === SUMMARY_SHEET)) return plan;
  if (!sheets.some((s) => s.name === SUMMARY_SHEET)) return plan;
  if (removal.sheets.includes(SUMMARY_SHEET)) return plan;
  const settings = { ...plan.settings };
  delete settings.resumen;
  return {
    ...plan,
    sheets: plan.sheets.filter((s) => s.name !== SUMMARY_SHEET),
    summaryCharts: [],
    cells: [
      ...plan.cells.filter((c) => c.sheet !== SUMMARY_SHEET && c.sheet !== SETTINGS_SHEET),
      ...settingsCells(settings),
    ],
    settings,
    notes: [
      ...plan.notes,
      `${because}: se conservó tal cual y no se escribió un resumen nuevo. Para obtener uno nuevo, cámbiele el nombre o bórrela y vuelva a aplicar.`,
    ],
  };
}

/** The write plan the pane writes: buildWritePlan, keeping a summary the planner edited. */
export const planToWrite = (sheets: readonly SheetData[], options: PlanOptions): WritePlan =>
  keepPlannersSummary(buildWritePlan(sheets, options), sheets);
