import type { MatrixKind } from "../kinds/kindIds";
import type { CheckOptions } from "../check/checkSheets";
import type { SheetData } from "../sheet/sheetData";
import { cutItems, type CutItem } from "./cutItems";

/** A value and its semáforo level in one cut. */
export interface CutValue {
  valor: number | null;
  nivel: string;
  /** The level's colours: relleno (fill) and letra (font), as #RRGGBB. */
  colores: { relleno: string; letra: string };
}

export type Direction = "empeoro" | "mejoro" | "igual";

/** Where an item is in a cut. */
export interface CutPlace {
  codigo: string;
  tipo: MatrixKind;
  hoja: string;
  celda: string;
}

export interface NewItem extends CutPlace {
  ahora: CutValue;
}

export interface RemovedItem extends CutPlace {
  antes: CutValue;
}

export interface ChangedItem extends CutPlace {
  antes: CutValue;
  ahora: CutValue;
  /** ahora − antes, when both have a value. */
  cambio: number | null;
  direccion: Direction;
  /** The programming (F(RE) months, logro esperado, PIM…) changed between the cuts. */
  reprogramado: boolean;
  /** The positions (1-based: months for an AO) whose programming changed. */
  posicionesReprogramadas: number[];
}

/** What `semaforo comparar --json` prints (extra fields beyond the are welcome). */
export interface CutComparison {
  nuevos: NewItem[];
  retirados: RemovedItem[];
  cambios: ChangedItem[];
  /** Items in both cuts with the same value, level and programming. */
  sinCambios: number;
}

const EPSILON = 1e-9;
const place = (i: CutItem): CutPlace => ({
  codigo: i.code,
  tipo: i.kind,
  hoja: i.sheet,
  celda: i.cell,
});
const valueOf = (i: CutItem): CutValue => ({
  valor: i.value,
  nivel: i.level,
  colores: { relleno: i.colors.fill, letra: i.colors.font },
});

/**
 * Matches the items of two cuts by kind and code and says what is new, what was removed and what
 * changed (value, level or programming). Changes list worse first, then better, then equal
 * values; within each, the lowest value now first.
 */
export function compareCuts(before: readonly CutItem[], after: readonly CutItem[]): CutComparison {
  const old = new Map(before.map((i) => [i.key, i]));
  const matched = new Set<string>();
  const nuevos: NewItem[] = [];
  const cambios: ChangedItem[] = [];
  let sinCambios = 0;
  for (const now of after) {
    const was = old.get(now.key);
    if (!was) {
      nuevos.push({ ...place(now), ahora: valueOf(now) });
      continue;
    }
    matched.add(now.key);
    const moved = reprogrammedPositions(was.programming, now.programming);
    const same = sameValue(was.value, now.value) && was.level === now.level;
    if (same && moved.length === 0) {
      sinCambios++;
      continue;
    }
    cambios.push({
      ...place(now),
      antes: valueOf(was),
      ahora: valueOf(now),
      cambio: was.value !== null && now.value !== null ? round(now.value - was.value) : null,
      direccion: directionOf(was.value, now.value),
      reprogramado: moved.length > 0,
      posicionesReprogramadas: moved,
    });
  }
  const retirados = before
    .filter((i) => !matched.has(i.key))
    .map((i) => ({ ...place(i), antes: valueOf(i) }));
  return { nuevos, retirados, cambios: cambios.sort(worstFirst), sinCambios };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < EPSILON;
}

/** A value lost is worse; a value gained is better; otherwise the sign of the change. */
export function directionOf(before: number | null, now: number | null): Direction {
  if (sameValue(before, now)) return "igual";
  if (now === null) return "empeoro";
  if (before === null) return "mejoro";
  return now < before ? "empeoro" : "mejoro";
}

/** Positions whose programmed number changed; a blank month and a 0 both mean nothing programmed. */
function reprogrammedPositions(
  before: readonly (number | null)[] | null,
  now: readonly (number | null)[] | null
): number[] {
  if (!before || !now) return [];
  const out: number[] = [];
  for (let i = 0; i < Math.max(before.length, now.length); i++) {
    if (!sameValue(before[i] ?? 0, now[i] ?? 0)) out.push(i + 1);
  }
  return out;
}

const ORDER: Record<Direction, number> = { empeoro: 0, mejoro: 1, igual: 2 };

function worstFirst(a: ChangedItem, b: ChangedItem): number {
  const byDirection = ORDER[a.direccion] - ORDER[b.direccion];
  if (byDirection !== 0) return byDirection;
  const va = a.ahora.valor ?? -Infinity;
  const vb = b.ahora.valor ?? -Infinity;
  if (va !== vb) return va - vb;
  return (a.cambio ?? 0) - (b.cambio ?? 0);
}

/** Compares two cuts given as sheets, each measured with the same options. */
export function compareSheets(
  before: readonly SheetData[],
  after: readonly SheetData[],
  options: CheckOptions
): CutComparison {
  return compareCuts(cutItems(before, options), cutItems(after, options));
}
