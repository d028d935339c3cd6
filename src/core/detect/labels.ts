import { cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";

/** Label lines planners put above a matrix ("Unidad Orgánica : Secretaría General"). */
const LABEL_KEYS: Record<string, string> = {
  "periodo del pei": "periodoPei",
  "periodo pei": "periodoPei",
  "unidad organica": "unidadOrganica",
  "ficha de proceso": "ficha",
  "responsable del proceso": "responsableProceso",
  "objetivo del proceso": "objetivoProceso",
  "nivel de gobierno": "nivelGobierno",
  departamento: "departamento",
  provincia: "provincia",
  distrito: "distrito",
  "unidad ejecutora": "unidadEjecutora",
  pliego: "pliego",
  "centro de costo": "centroCosto",
};

/** Reads a label line: one cell "Clave : valor" or two cells "Clave:" | "valor". */
export function readLabel(sheet: SheetData, row: number): { key: string; value: string } | null {
  // Most rows are data: give up as soon as a fourth filled cell shows up.
  const cells: string[] = [];
  for (const v of sheet.rows[row] ?? []) {
    if (v === null || v === undefined) continue;
    const t = cellText(v);
    if (t === "") continue;
    if (cells.length === 3) return null;
    cells.push(t);
  }
  if (cells.length === 0 || cells.length > 3) return null;
  const first = cells[0] as string;
  const m = /^([^:]{3,40}?)\s*:\s*(.*)$/s.exec(first);
  const rawKey = m ? (m[1] as string) : first;
  const key = LABEL_KEYS[foldText(rawKey)];
  if (!key) return null;
  const value = (m && m[2] ? m[2] : (cells[1] ?? "")).replace(/^:\s*/, "").trim();
  return { key, value };
}
