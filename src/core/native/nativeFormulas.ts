import type { Sentido } from "../calc/sentido";
import { NO_DATA_LABEL, type Scale } from "../scales/scale";
import {
  anyBlank as orOf,
  avanceFinancieroExpr,
  avanceTipo1Expr,
  avanceTipo2Expr,
  ejecucionRatioExpr,
  promedioExpr,
  scaleLevelExpr,
} from "./formulaParts";
import { blankTest, numExpr, type RefLike } from "./numberExpr";

/**
 * Native twins of the PLAN functions for portable mode: formulas a workbook keeps working with
 * when it is opened without the add-in. Each returns a formula string starting with "=".
 * test/e2e/nativeTwins.e2e.test.ts checks them against the core in LibreOffice.
 */

/** Excel refuses formulas longer than this many characters. */
export const FORMULA_MAX_LENGTH = 8192;

/**
 * Thrown when a portable formula would pass Excel's length limit (many cells holding numbers as
 * text). The write plan reports it in Spanish and leaves that cell to the custom-function form.
 */
export class NativeFormulaTooLong extends Error {
  constructor(readonly length: number) {
    super(
      `La fórmula nativa tendría ${length} caracteres (Excel admite ${FORMULA_MAX_LENGTH}): ` +
        "hay demasiadas celdas con números escritos como texto. Conviértalas a números o use las funciones PLAN."
    );
    this.name = "NativeFormulaTooLong";
  }
}

function checked(formula: string): string {
  if (formula.length > FORMULA_MAX_LENGTH) throw new NativeFormulaTooLong(formula.length);
  return formula;
}
const anyBlank = (...refs: RefLike[]) => orOf(refs.map(blankTest));

export function nativeAvanceTipo1(
  vo: RefLike,
  le: RefLike,
  sentido: Sentido = "ascendente",
  tope = true
): string {
  const body = avanceTipo1Expr(numExpr(vo), numExpr(le), sentido, tope);
  return checked(`=IF(${anyBlank(vo, le)},"",${body})`);
}

export function nativeAvanceTipo2(vo: RefLike, le: RefLike, lb: RefLike, tope = true): string {
  const body = avanceTipo2Expr(numExpr(vo), numExpr(le), numExpr(lb), tope);
  return checked(`=IF(${anyBlank(vo, le, lb)},"",${body})`);
}

export function nativeAvanceFinanciero(devengado: RefLike, pim: RefLike): string {
  const body = avanceFinancieroExpr(numExpr(devengado), numExpr(pim));
  return checked(`=IF(${anyBlank(devengado, pim)},"",${body})`);
}

/**
 * Mean of the non-blank avances, zeros counted. Cells listed in `textCells` hold numbers typed as
 * text, which AVERAGE would skip; they are added explicitly.
 */
export function nativePromedioAvance(range: string, textCells: readonly string[] = []): string {
  if (textCells.length === 0) return `=IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),2))`;
  const extraSum = textCells
    .map((c) => `+IF(${blankTest({ ref: c, text: true })},0,${numExpr({ ref: c, text: true })})`)
    .join("");
  const extraCount = textCells.map((c) => `+IF(${blankTest({ ref: c, text: true })},0,1)`).join("");
  const n = `(COUNT(${range})${extraCount})`;
  return checked(`=${promedioExpr(`(SUM(${range})${extraSum})`, n)}`);
}

/** A month block on one row: the range and the positions (1-based) of cells holding text numbers. */
export interface MonthRow {
  range: string;
  first: string;
  textMonths?: readonly { month: number; ref: string }[];
}

/**
 * EJECUCION for "Acumulado anual" (sum of months 1..h). `hastaMes` null means "the last month with
 * an executed value", computed natively; a number closes the period at that month.
 */
export function nativeEjecucion(
  prog: MonthRow,
  exec: MonthRow,
  hastaMes: number | null,
  tope = false
): string {
  const index = (row: MonthRow) => `(COLUMN(${row.range})-COLUMN(${row.first})+1)`;
  const h =
    hastaMes === null ? `SUMPRODUCT(MAX((LEN(${exec.range})>0)*${index(exec)}))` : String(hastaMes);
  // Σ of months 1..h. Cells holding numbers as text count 0 in SUM/SUMPRODUCT, so each is added
  // back through the native parser. With the default period every executed month is ≤ h, so the
  // executed sum needs no month filter (keeps the formula short).
  const periodSum = (row: MonthRow, filtered: boolean) => {
    const extra = (row.textMonths ?? [])
      .map(({ month, ref }) => {
        const value = `IF(${blankTest({ ref, text: true })},0,${numExpr({ ref, text: true })})`;
        return filtered ? `+IF(${month}<=${h},${value},0)` : `+${value}`;
      })
      .join("");
    const base = filtered
      ? `SUMPRODUCT((${index(row)}<=${h})*1,${row.range})`
      : `SUM(${row.range})`;
    return `(${base}${extra})`;
  };
  const SP = periodSum(prog, true);
  const SE = periodSum(exec, hastaMes !== null);
  const result = ejecucionRatioExpr(SP, SE, tope);
  return checked(hastaMes === null ? `=IF(${h}=0,"",${result})` : `=${result}`);
}

/** SEMAFORO for any scale: nested IFs from the highest band down, with sin dato and sobre-ejecución. */
export function nativeSemaforo(avance: RefLike, scale: Scale): string {
  const expr = scaleLevelExpr(numExpr(avance), scale);
  return checked(`=IF(${blankTest(avance)},"${NO_DATA_LABEL}",${expr})`);
}
