import { fichaNameOf, type DetectedMatrix } from "../detect/matrix";
import { readCell, readText, type CellRead, type TextCell } from "../measure/cellRead";
import type { FichaActivityItem } from "../measure/item";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, type CellValue, type SheetData } from "../sheet/sheetData";
import { MONTH_NAMES, QUARTER_NAMES, monthOf } from "../text/months";
import { foldText } from "../text/normalize";
import type { Measured, MeasureOptions } from "./kind";
import { deletionMarkOf, taskRowOf } from "./taskRows";

/** Units that are always levels (EMSAPUNO's POI 2024: m.c.a., horas/día): their months never add up. */
const LEVEL_UNITS = /^(m ?c ?a|mca|h ?\/ ?d|horas ?\/ ?dia|horas por dia|ratio|indice|tasa|nivel)$/;
/** Units that may be either: "%" of a level (100 every month) or % of progress that adds up. */
const EITHER_UNITS = /^(%|porcentaje)$/;

/** The cells every activity must fill, and how messages name them. */
const REQUIRED = [
  ["unidadMedida", "la unidad de medida"],
  ["responsable", "el responsable"],
  ["meta", "la meta"],
] as const;

/** What each read is, before the activity's label («enero de » «…»). */
const MONTH_HEADS = MONTH_NAMES.map((m) => `${m} de `);
const QUARTER_HEADS = QUARTER_NAMES.map((q) => `${q} Trimestre de `);

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
  const noData = classify(null, options.scale);
  const monthCols = months.length;
  const quarterCols = quarters.length;
  for (const r of m.rows) {
    if (r.role !== "ao") continue;
    const row = r.row;
    // A flat POI's AO row (no task) is named by its AO and measured in the AO's unit.
    const rowOf = taskRowOf(sheet, m, row);
    const activity = rowOf.kind === "actividad" ? readText(sheet, row, nameCol) : rowOf.name;
    const label = `«${(activity?.text ?? "").slice(0, 70)}»`;
    const numero = readText(sheet, row, s.numero);
    const read = (col: number | undefined, what: string) => {
      const x = readCell(sheet, row, col, what, label);
      if (x) reads.push(x);
      return x;
    };
    // Plain loops: this runs for every activity of every ficha (20,000 in a large POI).
    const monthReads: (CellRead | undefined)[] = new Array(monthCols);
    const monthValues: (number | null)[] = new Array(monthCols);
    for (let i = 0; i < monthCols; i++) {
      const x = read(months[i], MONTH_HEADS[i] as string);
      monthReads[i] = x;
      monthValues[i] = x?.value ?? null;
    }
    const quarterReads: (CellRead | undefined)[] = new Array(quarterCols);
    const quarterValues: (number | null)[] = new Array(quarterCols);
    for (let i = 0; i < quarterCols; i++) {
      const x = read(quarters[i], QUARTER_HEADS[i] as string);
      quarterReads[i] = x;
      quarterValues[i] = x?.value ?? null;
    }
    const annual = read(s.cantidadAnual, "Cantidad anual de ");
    const meta = read(s.meta, "Meta de ");
    const unitOf = rowOf.kind === "ao" ? (s.unidadMedidaAo ?? s.unidadMedida) : s.unidadMedida;
    const unit = readText(sheet, row, rowOf.kind === "actividad" ? unitCol : unitOf)?.text ?? "";
    const required: { what: string; cell: TextCell }[] = [];
    for (let k = 0; k < REQUIRED.length; k++) {
      // Indexed, not destructured: destructuring walks an iterator per activity.
      const concept = (REQUIRED[k] as (typeof REQUIRED)[number])[0];
      const what = (REQUIRED[k] as (typeof REQUIRED)[number])[1];
      const cell = readText(sheet, row, concept === "unidadMedida" ? unitOf : s[concept]);
      if (cell) required.push({ what, cell });
    }
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
      isLevel: isLevelRow(unit, monthValues, quarterValues),
      required,
      start: s.fechaInicio !== undefined ? monthOfCell(cellAt(sheet, row, s.fechaInicio)) : null,
      end: s.fechaFin !== undefined ? monthOfCell(cellAt(sheet, row, s.fechaFin)) : null,
      value: null,
      level: noData,
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
  const unitClass = unitClassOf(unit);
  if (unitClass === "level") return true;
  if (unitClass === "either") return !sumsQuarters(months, quarters);
  return repeatsLevel(months, quarters);
}

/** What a unit says of its rows, by its text: fichas repeat a handful of units thousands of times. */
const unitClasses = new Map<string, "level" | "either" | "flow">();

function unitClassOf(unit: string): "level" | "either" | "flow" {
  const known = unitClasses.get(unit);
  if (known !== undefined) return known;
  const key = foldText(unit).replace(/\./g, " ").replace(/\s+/g, " ").trim();
  const found = LEVEL_UNITS.test(key) ? "level" : EITHER_UNITS.test(key) ? "either" : "flow";
  if (unit.length <= 100) {
    if (unitClasses.size > 10_000) unitClasses.clear();
    unitClasses.set(unit, found);
  }
  return found;
}

/** The month a date cell names; texts repeat («Enero», «Diciembre»), so each is read once. */
const monthsOfText = new Map<string, number | null>();

function monthOfCell(value: CellValue): number | null {
  if (typeof value !== "string") return monthOf(value);
  const known = monthsOfText.get(value);
  if (known !== undefined) return known;
  const month = monthOf(value);
  if (value.length <= 100) {
    if (monthsOfText.size > 10_000) monthsOfText.clear();
    monthsOfText.set(value, month);
  }
  return month;
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
