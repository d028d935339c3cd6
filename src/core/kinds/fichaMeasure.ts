import { fichaNameOf, type DetectedMatrix } from "../detect/matrix";
import { readCell, readText, valueOf, type CellRead, type TextCell } from "../measure/cellRead";
import type { FichaActivityItem } from "../measure/item";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, type SheetData } from "../sheet/sheetData";
import { MONTH_NAMES, QUARTER_NAMES, monthOf } from "../text/months";
import { foldText } from "../text/normalize";
import type { Measured, MeasureOptions } from "./kind";
import { deletionMarkOf, taskRowOf } from "./taskRows";

/** Units that are always levels (EMSAPUNO's POI 2024: m.c.a., horas/día): their months never add up. */
const LEVEL_UNITS = /^(m ?c ?a|mca|h ?\/ ?d|horas ?\/ ?dia|horas por dia|ratio|indice|tasa|nivel)$/;
/** Units that may be either: "%" of a level (100 every month) or % of progress that adds up. */
const EITHER_UNITS = /^(%|porcentaje)$/;

/**
 * Measures an institution's POI ficha: for each activity its months, quarter subtotals, annual
 * quantity, meta, unit, dates and required fields, and whether it is a level (its quarters repeat
 * the level) or cumulative (they add up). The ficha has no execution, so no avance.
 */
export function measureFicha(
  sheet: SheetData,
  m: DetectedMatrix,
  options: MeasureOptions
): Measured {
  const s = m.header.columns.single;
  const { months, quarters } = m.header.columns;
  // A flat POI has one row per task: the task names the row, its unit is the task's.
  const nameCol = s.tarea ?? s.actividad;
  const unitCol = s.unidadMedida ?? s.unidadMedidaAo;
  const reads: CellRead[] = [];
  const items: FichaActivityItem[] = [];
  const fichaName = fichaNameOf(m);
  for (const r of m.rows) {
    if (r.role !== "ao") continue;
    const row = r.row;
    // A flat POI's AO row (no task) is named by its AO and measured in the AO's unit.
    const rowOf = taskRowOf(sheet, m, row);
    const activity = rowOf.kind === "actividad" ? readText(sheet, row, nameCol) : rowOf.name;
    const label = `«${(activity?.text ?? "").slice(0, 70)}»`;
    const numero = readText(sheet, row, s.numero);
    const read = (col: number | undefined, what: string) => {
      const x = readCell(sheet, row, col, what);
      if (x) reads.push(x);
      return x;
    };
    const monthReads = months.map((c, i) => read(c, `${MONTH_NAMES[i]} de ${label}`));
    const quarterReads = quarters.map((c, i) =>
      read(c, `${QUARTER_NAMES[i]} Trimestre de ${label}`)
    );
    const annual = read(s.cantidadAnual, `Cantidad anual de ${label}`);
    const meta = read(s.meta, `Meta de ${label}`);
    const unitOf = rowOf.kind === "ao" ? (s.unidadMedidaAo ?? s.unidadMedida) : s.unidadMedida;
    const unit = readText(sheet, row, rowOf.kind === "actividad" ? unitCol : unitOf)?.text ?? "";
    const required = (
      [
        ["unidadMedida", "la unidad de medida"],
        ["responsable", "el responsable"],
        ["meta", "la meta"],
      ] as const
    ).flatMap(([concept, what]): { what: string; cell: TextCell }[] => {
      const cell = readText(sheet, row, concept === "unidadMedida" ? unitOf : s[concept]);
      return cell ? [{ what, cell }] : [];
    });
    items.push({
      type: "actividad",
      code: numero?.text
        ? `${fichaName ?? r.section ?? m.header.top + 1}#${numero.text}`
        : (activity?.text ?? ""),
      row,
      role: "ao",
      cell: a1(row, nameCol ?? 0),
      label,
      numero,
      activity,
      months: monthReads,
      quarters: quarterReads,
      annual,
      meta,
      unit,
      isLevel: isLevelRow(unit, monthReads.map(valueOf), quarterReads.map(valueOf)),
      required,
      start: s.fechaInicio !== undefined ? monthOf(cellAt(sheet, row, s.fechaInicio)) : null,
      end: s.fechaFin !== undefined ? monthOf(cellAt(sheet, row, s.fechaFin)) : null,
      value: null,
      level: classify(null, options.scale),
      reported: true,
      section: r.section,
      rowKind: rowOf.kind,
      deletion: rowOf.kind === "actividad" ? undefined : deletionMarkOf(sheet, m, row),
    });
  }
  return { items, reads };
}

/**
 * Whether an activity is a level rather than a flow (EMSAPUNO's POI 2024): its unit says so
 * (m.c.a., horas/día); a "%" row is a level unless some quarter adds up its months; any other row
 * is a level when every quarter repeats its months' common level.
 */
function isLevelRow(unit: string, months: (number | null)[], quarters: (number | null)[]): boolean {
  const key = foldText(unit).replace(/\./g, " ").replace(/\s+/g, " ").trim();
  if (LEVEL_UNITS.test(key)) return true;
  if (EITHER_UNITS.test(key)) return !sumsQuarters(months, quarters);
  return repeatsLevel(months, quarters);
}

/** True when some quarter is the sum of its months and differs from their level. */
function sumsQuarters(months: (number | null)[], quarters: (number | null)[]): boolean {
  return quarters.some((qv, q) => {
    const ms = months.slice(q * 3, q * 3 + 3).filter((v): v is number => v !== null);
    const sum = ms.reduce((a, b) => a + b, 0);
    return qv !== null && ms.length > 1 && Math.abs(qv - sum) < 1e-6 && qv !== ms[ms.length - 1];
  });
}

/** True when every quarter repeats its months' common level (100, 100, 100 → 100). */
function repeatsLevel(months: (number | null)[], quarters: (number | null)[]): boolean {
  let evidence = 0;
  for (let q = 0; q < 4; q++) {
    const ms = months.slice(q * 3, q * 3 + 3).filter((v): v is number => v !== null && v !== 0);
    const qv = quarters[q];
    if (ms.length < 2 || qv === null || qv === undefined) continue;
    if (ms.every((v) => v === ms[0]) && qv === ms[0] && ms.reduce((a, b) => a + b, 0) !== qv)
      evidence++;
    else return false;
  }
  return evidence >= 2;
}
