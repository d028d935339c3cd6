import type { SheetData } from "../sheet/sheetData";
import { MONTH_NAMES } from "../text/months";
import { foldText } from "../text/normalize";
import type { HeaderInfo } from "./headerScan";

/** A table's fecha de corte: the month it runs to, and the words that said so. */
export interface CutDate {
  month: number;
  text: string;
}

const MONTHS = MONTH_NAMES.join("|").replace("septiembre", "sep?tiembre");
const NAMED = new RegExp(
  `\\b(?:al|a|hasta|corte(?: al| a)?|cierre de|mes de)\\s*:?\\s*(?:\\d{1,2}\\s+de\\s+)?(${MONTHS})\\b`
);
const DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)\b/;
/** Consulta Amigable's «Fecha de la Consulta: 15-septiembre-2025». */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}[- ](?:de )?(${MONTHS})[- ](?:de )?20\\d\\d\\b`);

/**
 * The cut date a budget table's title or header names: «Ejecución al 31 de agosto de 2025»,
 * «Devengado a junio», «Fecha de corte: 30/09/2025» (day first, as Peru writes it), «Fecha de la
 * Consulta: 15-septiembre-2025». The latest
 * month named wins (a title with «enero a junio» runs to June); null when none is named.
 */
export function cutDateOf(texts: readonly string[]): CutDate | null {
  let best: CutDate | null = null;
  for (const raw of texts) {
    const text = foldText(raw);
    const named = NAMED.exec(text) ?? DAY_MONTH.exec(text);
    const month = named ? monthNumber(named[1] as string) : dateMonth(text);
    if (month !== null && (!best || month > best.month)) best = { month, text: raw.trim() };
  }
  return best;
}

function monthNumber(name: string): number {
  return name === "setiembre" ? 9 : MONTH_NAMES.indexOf(name) + 1;
}

function dateMonth(text: string): number | null {
  const d = DATE.exec(text);
  const month = d ? Number(d[2]) : NaN;
  return month >= 1 && month <= 12 ? month : null;
}

/** The texts of a header's rows (where «Devengado al 30/06» names the cut). */
export function headerTexts(sheet: SheetData, info: HeaderInfo): string[] {
  const texts: string[] = [];
  for (let r = info.top; r <= info.bottom; r++) {
    for (const v of sheet.rows[r] ?? []) if (typeof v === "string" && v.trim()) texts.push(v);
  }
  return texts;
}
