import { checkMatrix, type CheckOptions } from "../check/checkSheets";
import { detectMatrices } from "../pipeline/detectMatrices";
import type { MatrixKind } from "../kinds/kindIds";
import { kindIdOf } from "../kinds/registry";
import { valueOf, type CellRead } from "../measure/cellRead";
import type { Item } from "../measure/item";
import { measureMatrix } from "../pipeline/measureMatrix";
import { resolveScaleChoice } from "../scales/scaleChoice";
import type { SheetData } from "../sheet/sheetData";
import { NO_DATA_COLORS, type Scale } from "../scales/scale";

export interface LevelColors {
  fill: string;
  font: string;
}

/** The colours of a level label on a scale; «Sin dato» and unknown labels are grey. */
export function levelColors(scale: Scale, label: string): LevelColors {
  const level = scale.levels.find((l) => l.label === label);
  if (level) return { fill: level.fill, font: level.font };
  if (scale.over && scale.over.label === label)
    return { fill: scale.over.fill, font: scale.over.font };
  return { ...NO_DATA_COLORS };
}

/** One measured item of a cut: the value and level `check` reports, and what was programmed. */
export interface CutItem {
  /** The item's identity across cuts: its kind and code (a repeated code gets «#2», «#3»). */
  key: string;
  code: string;
  kind: MatrixKind;
  sheet: string;
  cell: string;
  value: number | null;
  level: string;
  /** The level's colours on the matrix's scale (Excel's Bad / Neutral / Good styles). */
  colors: LevelColors;
  /** The programmed (or expected) numbers, to tell a reprogramming; null when the kind has none. */
  programming: (number | null)[] | null;
}

/**
 * Measures every matrix of a cut the way `check` does (checkMatrix, the same options: each cut
 * up to its own last reported month) and keeps its reported items keyed by kind and code.
 */
export function cutItems(sheets: readonly SheetData[], options: CheckOptions): CutItem[] {
  const out: CutItem[] = [];
  const seen = new Map<string, number>();
  for (const sheet of sheets) {
    for (const matrix of detectMatrices(sheet, options.maps)) {
      const report = checkMatrix(sheet, matrix, options);
      const scale = resolveScaleChoice(options.scale, matrix.period);
      const reported = measureMatrix(sheet, matrix, { scale, tope: null }).items.filter(
        (i) => i.reported
      );
      report.results.forEach((result, i) => {
        const base = `${matrix.kind}\u0000${result.code}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const item = reported[i];
        out.push({
          key: n === 1 ? base : `${base}#${n}`,
          code: n === 1 ? result.code : `${result.code}#${n}`,
          kind: kindIdOf(matrix.kind),
          sheet: sheet.name,
          cell: result.cell,
          value: result.value,
          level: result.level,
          colors: levelColors(scale, result.level),
          programming: item && item.code === result.code ? programmingOf(item) : null,
        });
      });
    }
  }
  return out;
}

const values = (reads: readonly (CellRead | undefined)[]) => reads.map(valueOf);

/** Reads without repeats of one cell. */
function unique(reads: readonly (CellRead | undefined)[]): (CellRead | undefined)[] {
  const seen = new Set<string>();
  return reads.filter((r) => !r || (!seen.has(r.address) && seen.add(r.address)));
}

/** What an item was programmed to reach: the F(RE) months, the logro esperado, the PIM… */
export function programmingOf(item: Item): (number | null)[] | null {
  switch (item.type) {
    case "ao-exportada":
    case "ao-lineas":
      return values(item.prog);
    case "linea-financiera":
      return values(item.current.physical?.months ?? []);
    case "indicador":
      // The logro esperado and the LE series by year (the period's LE is often one of them).
      return values(unique([item.logro, ...item.series.map((s) => s.read)]));
    case "aei":
      return item.indicators.flatMap((i) => [valueOf(i.logro)]);
    case "actividad":
      return [...values(item.months), valueOf(item.annual), valueOf(item.meta)];
    case "partida":
      return [valueOf(item.pim)];
    case "indicador-previsto":
      return [valueOf(item.previsto), valueOf(item.previstoFinal)];
    case "meta-plan":
      return item.metas.map((m) => m.read.value);
  }
}
