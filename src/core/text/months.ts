import { foldText } from "./normalize";
import type { CellValue } from "../sheet/sheetData";

export const MONTH_NAMES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];
export const QUARTER_NAMES = ["I", "II", "III", "IV"];

/** The month (1..12) of a Fecha de Inicio / Finalización cell: "Marzo", "mar", a date, "03/2024". */
export function monthOf(value: CellValue): number | null {
  if (value instanceof Date) return value.getUTCMonth() + 1;
  if (typeof value === "number" && value >= 1 && value <= 12 && Number.isInteger(value))
    return value;
  if (typeof value !== "string") return null;
  const t = foldText(value);
  if (t === "setiembre" || t.startsWith("set")) return 9;
  const idx = MONTH_NAMES.findIndex(
    (m) => t === m || (t.length >= 3 && m.startsWith(t.slice(0, 3)) && t.startsWith(m.slice(0, 3)))
  );
  if (idx >= 0) return idx + 1;
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/.exec(t) ?? null;
  if (m) return Number(m[2]);
  const my = /^(\d{1,2})[/-](\d{4})$/.exec(t);
  if (my) return Number(my[1]);
  return null;
}
