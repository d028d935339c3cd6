import { parseCode } from "../codes/codes";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import { classify } from "../scales/scale";
import type { DetectedMatrix } from "../detect/matrix";
import { formatNumber, readNumericCell, shownDecimals } from "./cells";
import type { FindingCollector } from "./findings";
import { MONTH_NAMES, QUARTER_NAMES, monthOf } from "./months";
import type { MatrixResult, ValidationOptions } from "./types";

/** Units that are always levels (seed 004: m.c.a., horas/día): their months never add up. */
const LEVEL_UNITS = /^(m ?c ?a|mca|h ?\/ ?d|horas ?\/ ?dia|horas por dia|ratio|indice|tasa|nivel)$/;
/** Units that may be either: "%" of a level (100 every month) or % of progress that adds up. */
const EITHER_UNITS = /^(%|porcentaje)$/;

/**
 * Compares a printed total with the sum it should be. Within one unit of its last shown digit and
 * under 0.1 % of the value it is a warning (hidden decimals); anything else is an error.
 */
export function compareTotal(
  printed: number,
  expected: number,
  out: FindingCollector,
  rule: string,
  cell: string,
  describe: string
) {
  const diff = Math.abs(printed - expected);
  if (diff < 1e-6) return;
  const unit = 10 ** -shownDecimals(printed);
  const relative = diff / Math.max(Math.abs(printed), Math.abs(expected), 1e-9);
  const message = `${describe} (${formatNumber(printed)}) no es ${expected === 0 ? "0" : `la suma esperada (${formatNumber(expected)})`}; diferencia ${formatNumber(diff)}.`;
  if (diff <= unit + 1e-9 && relative < 0.001) {
    out.warning(
      rule,
      cell,
      `${message} Es menor que la última cifra mostrada: probablemente decimales ocultos.`
    );
  } else {
    out.error(rule, cell, message);
  }
}

/** Validates an institution's POI programming matrix (one ficha). */
export function validatePoiProgramacion(
  sheet: SheetData,
  m: DetectedMatrix,
  out: FindingCollector,
  opts: ValidationOptions
): MatrixResult[] {
  const s = m.header.columns.single;
  const { months, quarters } = m.header.columns;
  const annualCol = s.cantidadAnual;
  const results: MatrixResult[] = [];
  const names = new Map<string, string>();
  const numbers = new Map<string, string>();
  const fichaName = m.ficha?.labels.ficha?.value;
  const where = fichaName ? ` (${fichaName})` : "";

  if (m.ficha && m.ficha.alignment.length > 0) {
    const linked = m.ficha.alignment.some((al) => parseCode(al.aei ?? "")?.kind === "AEI");
    if (!linked) {
      const row = m.ficha.alignment[0]?.row ?? m.header.top;
      out.error(
        "V3.ficha-sin-aei",
        a1(row, 0),
        `La ficha${where} no indica una AEI con código (AEI.NN.NN).`
      );
    }
    for (const al of m.ficha.alignment) {
      const aei = parseCode(al.aei ?? "");
      const oei = parseCode(al.oei ?? "");
      if (aei?.kind === "AEI" && oei?.kind === "OEI" && aei.parent !== oei.code) {
        out.error(
          "V1.jerarquia",
          a1(al.row, 0),
          `${aei.code} figura bajo ${oei.code}, pero su código indica ${aei.parent}.`
        );
      }
    }
  }

  for (const r of m.rows) {
    if (r.role !== "ao") continue;
    const row = r.row;
    const activity = s.actividad !== undefined ? cellText(cellAt(sheet, row, s.actividad)) : "";
    const label = `«${activity.slice(0, 70)}»`;
    const number = s.numero !== undefined ? cellText(cellAt(sheet, row, s.numero)) : "";
    if (number && numbers.has(number))
      out.error(
        "V12.duplicado",
        a1(row, s.numero as number),
        `El número ${number} se repite en la ficha${where} (ya está en ${numbers.get(number)}).`
      );
    else if (number) numbers.set(number, a1(row, s.numero as number));
    const key = foldText(activity);
    if (activity && names.has(key))
      out.warning(
        "V12.duplicado",
        a1(row, s.actividad as number),
        `La actividad ${label} se repite en la ficha${where} (ya está en ${names.get(key)}).`
      );
    else if (activity) names.set(key, a1(row, s.actividad as number));

    for (const [concept, what] of [
      ["unidadMedida", "la unidad de medida"],
      ["responsable", "el responsable"],
      ["meta", "la meta"],
    ] as const) {
      const col = s[concept];
      if (col !== undefined && cellText(cellAt(sheet, row, col)) === "")
        out.error("V7.requerido", a1(row, col), `Falta ${what} de la actividad ${label}.`);
    }

    const monthValues = months.map((c, i) =>
      readNumericCell(sheet, row, c, out, `${MONTH_NAMES[i]} de ${label}`)
    );
    const quarterValues = quarters.map((c, i) =>
      readNumericCell(sheet, row, c, out, `${QUARTER_NAMES[i]} Trimestre de ${label}`)
    );
    const annual = readNumericCell(sheet, row, annualCol, out, `Cantidad anual de ${label}`);
    const meta = readNumericCell(sheet, row, s.meta, out, `Meta de ${label}`);
    const unit =
      s.unidadMedida !== undefined ? foldText(cellText(cellAt(sheet, row, s.unidadMedida))) : "";
    const unitKey = unit.replace(/\./g, " ").replace(/\s+/g, " ").trim();
    // A "%" row follows its own convention: a level when its quarters repeat the level.
    const isLevel =
      LEVEL_UNITS.test(unitKey) ||
      (EITHER_UNITS.test(unitKey)
        ? !sumsQuarters(monthValues, quarterValues)
        : repeatsLevel(monthValues, quarterValues));

    if (isLevel) checkLevelRow(monthValues, quarterValues, annual, meta, m, row, out, label);
    else checkSums(monthValues, quarterValues, annual, meta, m, row, out, label);

    // V6: months programmed outside Fecha de Inicio – Finalización.
    const start = s.fechaInicio !== undefined ? monthOf(cellAt(sheet, row, s.fechaInicio)) : null;
    const end = s.fechaFin !== undefined ? monthOf(cellAt(sheet, row, s.fechaFin)) : null;
    if (start !== null || end !== null) {
      monthValues.forEach((v, i) => {
        const col = months[i];
        if (v === null || v === 0 || col === undefined) return;
        if ((start !== null && i + 1 < start) || (end !== null && i + 1 > end)) {
          const span = `${start ? MONTH_NAMES[start - 1] : "…"} a ${end ? MONTH_NAMES[end - 1] : "…"}`;
          out.error(
            "V6.fuera-de-plazo",
            a1(row, col),
            `La actividad ${label} programa ${formatNumber(v)} en ${MONTH_NAMES[i]}, fuera de su plazo (${span}).`
          );
        }
      });
    }
    results.push({
      code: number ? `${fichaName ?? m.header.top + 1}#${number}` : activity,
      cell: a1(row, s.actividad ?? 0),
      value: null,
      level: classify(null, opts.scale),
      row,
      role: "ao",
    });
  }
  return results;
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

function checkSums(
  months: (number | null)[],
  quarters: (number | null)[],
  annual: number | null,
  meta: number | null,
  m: DetectedMatrix,
  row: number,
  out: FindingCollector,
  label: string
) {
  const { quarters: qCols, months: mCols } = m.header.columns;
  const hasMonths = mCols.some((c) => c !== undefined);
  if (hasMonths) {
    quarters.forEach((qv, q) => {
      const col = qCols[q];
      if (col === undefined || qv === null) return;
      const sum = months.slice(q * 3, q * 3 + 3).reduce<number>((a, b) => a + (b ?? 0), 0);
      compareTotal(
        qv,
        sum,
        out,
        "V4.trimestre",
        a1(row, col),
        `El subtotal del ${QUARTER_NAMES[q]} Trimestre de ${label}`
      );
    });
  }
  const annualCol = m.header.columns.single.cantidadAnual;
  if (annual !== null && annualCol !== undefined && hasMonths) {
    const sum = months.reduce<number>((a, b) => a + (b ?? 0), 0);
    compareTotal(annual, sum, out, "V4.anual", a1(row, annualCol), `La cantidad anual de ${label}`);
  }
  const metaCol = m.header.columns.single.meta;
  if (meta !== null && annual !== null && metaCol !== undefined && Math.abs(meta - annual) > 1e-6) {
    compareTotal(meta, annual, out, "V4.meta", a1(row, metaCol), `La meta de ${label}`);
  }
}

function checkLevelRow(
  months: (number | null)[],
  quarters: (number | null)[],
  annual: number | null,
  meta: number | null,
  m: DetectedMatrix,
  row: number,
  out: FindingCollector,
  label: string
) {
  const { quarters: qCols } = m.header.columns;
  quarters.forEach((qv, q) => {
    const col = qCols[q];
    const ms = months.slice(q * 3, q * 3 + 3).filter((v): v is number => v !== null);
    if (col === undefined || qv === null || ms.length === 0) return;
    const level = ms[ms.length - 1] as number;
    const sum = ms.reduce((a, b) => a + b, 0);
    if (qv !== level && ms.length > 1 && Math.abs(qv - sum) < 1e-6) {
      out.warning(
        "V5.no-acumulable",
        a1(row, col),
        `${label} es un nivel (no acumulable), pero el ${QUARTER_NAMES[q]} Trimestre suma sus meses (${formatNumber(qv)}) en vez de repetir el nivel (${formatNumber(level)}).`
      );
    }
  });
  const annualCol = m.header.columns.single.cantidadAnual;
  const levels = months.filter((v): v is number => v !== null);
  if (annual !== null && annualCol !== undefined && levels.length > 1) {
    const sum = levels.reduce((a, b) => a + b, 0);
    if (Math.abs(annual - sum) < 1e-6 && annual !== levels[levels.length - 1]) {
      out.warning(
        "V5.no-acumulable",
        a1(row, annualCol),
        `${label} es un nivel (no acumulable), pero la cantidad anual suma los meses (${formatNumber(annual)}).`
      );
    }
  }
  void meta;
}
