import type { PlanMetaItem } from "../measure/item";
import { foldText } from "../text/normalize";

type PlanMeta = PlanMetaItem["metas"][number];

/**
 * The metas of a plan row in years its cronograma has a column for but does not mark (a year
 * split in semesters counts as marked when either is). A year beyond the cronograma's horizon is
 * not unmarked; a metas-only table (no cronograma) has none.
 */
export function metasOutsideSchedule(row: PlanMetaItem): PlanMeta[] {
  if (row.scheduleYears.length === 0) return [];
  const marked = new Set(row.marks.map((x) => x.year));
  return row.metas.filter((m) => !marked.has(m.year) && row.scheduleYears.includes(m.year));
}

/**
 * Words by which a meta states a condition that holds rather than work delivered: «01 Directorio
 * se mantiene actualizado», «sistema en funcionamiento», «norma vigente», «caso implementado».
 * Kept short on purpose (issue 24): the seed's other participles («aprobados», «diseñada»,
 * «cuentan con la participación») name yearly work, and stay warnings.
 */
const STATE_WORDS = [
  /\bse mantienen?\b/,
  /\bmantenid[oa]s?\b/,
  /\bactualizad[oa]s?\b/,
  /\bimplementad[oa]s?\b/,
  /\ben (?:pleno )?funcionamiento\b/,
  /\ben operacion\b/,
  /\bvigentes?\b/,
];

/** A meta repeated every year («por año», «anual», «cada año») is yearly work, never a state. */
const RECURRING = /\b(?:por ano|cada ano|al ano|anual(?:es|mente)?)\b/;

/** Whether a meta statement describes a state (see STATE_WORDS), not yearly work. */
export function describesState(statement: string): boolean {
  const t = foldText(statement);
  return !RECURRING.test(t) && STATE_WORDS.some((w) => w.test(t));
}

/**
 * A year prefix of a META ACTIVIDAD statement: «2025:», «2026 en adelante:», «2027 y en
 * adelante:», «2026 y 2027:», «2026, 2027 y 2028:», «2026-2028:».
 */
const YEAR_PREFIX = /\b(20\d\d(?:\s*(?:,|y|-|al?)\s*20\d\d)*)(\s*(?:y\s+)?en adelante)?\s*:/gi;

/** The years a prefix covers; «en adelante» runs to the end of the plan. */
function yearsOf(list: string, onwards: boolean): (year: number) => boolean {
  const years = (list.match(/20\d\d/g) ?? []).map(Number);
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  if (onwards) return (y) => y >= first;
  if (/-|\bal?\b/.test(list)) return (y) => y >= first && y <= last;
  return (y) => years.includes(y);
}

/**
 * The statements of a META ACTIVIDAD text that cover a year: «2025: 02 nodos … 2026 en adelante:
 * 02 nodos anuales …» gives the second for 2027. A text with no year prefix covers every year.
 */
export function statementsFor(text: string, year: number): string[] {
  const prefixes = [...text.matchAll(YEAR_PREFIX)];
  if (prefixes.length === 0) return text.trim() ? [text.trim()] : [];
  return prefixes
    .map((p, i) => ({
      covers: yearsOf(p[1] as string, p[2] !== undefined),
      text: text.slice((p.index ?? 0) + p[0].length, prefixes[i + 1]?.index ?? text.length).trim(),
    }))
    .filter((s) => s.covers(year) && s.text !== "")
    .map((s) => s.text);
}

/** Why metas outside the cronograma are a notice, and the statement that says so. */
export interface MetaState {
  kind: "estado" | "resultado";
  statement: string;
}

/** A meta's statements for its year: from the META ACTIVIDAD text, else the year cell's words. */
function statementsOfMeta(row: PlanMetaItem, meta: PlanMeta): string[] {
  const own = row.metaText ? statementsFor(row.metaText, meta.year) : [];
  if (own.length > 0) return own;
  return meta.read.value === null && meta.read.text.trim() ? [meta.read.text.trim()] : [];
}

/**
 * Whether the metas a row has outside its cronograma describe a state or a lagged result rather
 * than work the cronograma forgot, and the statement that shows it:
 * - a state: every such meta is stated (in the META ACTIVIDAD text or its own cell) by words of
 *   a condition that holds («se mantiene actualizado»), never as yearly work;
 * - a lagged result: every meta of the row falls after the last year its cronograma marks, and
 *   each is stated in words, not a count («2026: PESEM y PEI incorporan enfoque de EC» after
 *   work in 2025).
 * Null otherwise: the metas are a gap in the cronograma (a warning).
 */
export function metaStateOf(row: PlanMetaItem, out: readonly PlanMeta[]): MetaState | null {
  if (out.length === 0) return null;
  const statements = out.map((m) => statementsOfMeta(row, m));
  if (statements.every((s) => s.length > 0 && s.every(describesState))) {
    const statement = statements[0]?.find(describesState) as string;
    return { kind: "estado", statement };
  }
  const lastMark = Math.max(...row.marks.map((x) => x.year));
  const lagged =
    row.marks.length > 0 &&
    row.metas.every((m) => m.year > lastMark) &&
    out.every((m) => m.read.value === null && /^\D/.test(m.read.text.trim()));
  return lagged ? { kind: "resultado", statement: (out[0] as PlanMeta).read.text.trim() } : null;
}
