import { parseSavedMaps } from "../columnMap/parseSavedMaps";
import type { SavedMatrixMap } from "../columnMap/savedMap";
import type { Period } from "../detect/matrix";
import { DEFAULT_MEASURING, parseTope, serializeTope, type Measuring } from "../scales/measuring";
import { parseScaleChoice } from "../scales/scaleChoice";
import { cellText, type SheetData } from "../sheet/sheetData";
import { SETTINGS_SHEET, type PlanSettings, type PlannedCell } from "./writePlan";

/** Reads the settings a previous run stored in the hidden sheet; null when there are none. */
export function readSettings(sheets: readonly SheetData[]): PlanSettings | null {
  const sheet = sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet) return null;
  const map = new Map<string, string>();
  for (const row of sheet.rows) if (row) map.set(cellText(row[0]), cellText(row[1]));
  const stored = map.get("modo");
  const modo = stored === "nativas" || stored === "libro" ? stored : "personalizadas";
  const list = (key: string) => (map.get(key) ?? "").split(";").filter((r) => r !== "");
  return {
    escala: map.get("escala") ?? "",
    periodo: map.get("periodo") ?? "",
    modo,
    tope: parseTope(map.get("tope")),
    celdas: list("celdas"),
    nombres: list("nombres"),
    columnas: readMaps(map.get("columnas")),
    ...(map.get("resumen") ? { resumen: map.get("resumen") } : {}),
  };
}

/** The settings sheet's cells (text only, never formulas). */
export function settingsCells(settings: PlanSettings): PlannedCell[] {
  const rows: [string, string][] = [
    ["clave", "valor"],
    ["escala", settings.escala],
    ["periodo", settings.periodo],
    ["modo", settings.modo],
    ["tope", serializeTope(settings.tope)],
    ["celdas", settings.celdas.join(";")],
    ["nombres", settings.nombres.join(";")],
    ["columnas", settings.columnas.length > 0 ? JSON.stringify(settings.columnas) : ""],
    ...(settings.resumen ? [["resumen", settings.resumen] as [string, string]] : []),
  ];
  return rows.flatMap(([k, v], i) => [
    { sheet: SETTINGS_SHEET, address: `A${i + 1}`, value: k, text: true },
    { sheet: SETTINGS_SHEET, address: `B${i + 1}`, value: v, text: true },
  ]);
}

/**
 * The settings with the planner's column maps in place of the stored ones, everything else kept;
 * a workbook Semáforo never wrote into gets the defaults a first write would also start from.
 */
export function settingsWithMaps(
  current: PlanSettings | null,
  maps: readonly SavedMatrixMap[]
): PlanSettings {
  const base: PlanSettings = current ?? {
    escala: "",
    periodo: "según la matriz",
    modo: "personalizadas",
    tope: DEFAULT_MEASURING.tope,
    celdas: [],
    nombres: [],
    columnas: [],
  };
  return { ...base, columnas: [...maps] };
}

/** The column maps stored as JSON; an unreadable value is ignored (detection falls back). */
function readMaps(text: string | undefined): SavedMatrixMap[] {
  if (!text) return [];
  try {
    const parsed = parseSavedMaps(JSON.parse(text));
    return parsed.ok ? parsed.maps : [];
  } catch {
    return [];
  }
}

/**
 * The measuring choice a settings sheet records; `fallback` fills what it cannot say (an
 * unreadable scale text keeps the current scale).
 */
export function measuringOfSettings(settings: PlanSettings, fallback: Measuring): Measuring {
  const parsed = parseScaleChoice(settings.escala);
  const period = PERIODS.find((p) => p === settings.periodo) ?? null;
  return { scale: parsed.ok ? parsed.choice : fallback.scale, period, tope: settings.tope };
}

const PERIODS: readonly Period[] = ["semestral", "anual", "trimestral"];
