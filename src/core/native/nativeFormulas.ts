import type { Acumulacion } from "../calc/acumular";
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
import { blankExpr, valueOrZero } from "./lambdaParts";
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

/** A month block on one row: the range and its first cell. */
export interface MonthRow {
  range: string;
  first: string;
  /**
   * False when no month holds text (numbers and blanks only): the months are then read as they
   * are, without the native text parser, which would make each formula about 10,000 characters.
   */
  text?: boolean;
}

/**
 * EJECUCION for every tipo de acumulación, on months that may hold numbers as text (the
 * Aplicativo's export saved by Excel stores «1.00»). `hastaMes` null means "the last month with
 * an executed value", computed natively; a number closes the period at that month (blank executed
 * months then count as 0). The formula reads the ranges cell by cell, so it is written as a
 * one-cell array formula (PlannedCell.dynamic): Excel before 365 evaluates IF over a range only
 * in an array formula.
 */
export function nativeEjecucion(
  prog: MonthRow,
  exec: MonthRow,
  hastaMes: number | null,
  tope = false,
  mode: Acumulacion = "suma"
): string {
  const index = (row: MonthRow) => `(COLUMN(${row.range})-COLUMN(${row.first})+1)`;
  const present = (row: MonthRow) => `(1-(${blankExpr(row.range)}))`;
  const h =
    hastaMes === null ? `SUMPRODUCT(MAX(${present(exec)}*${index(exec)}))` : String(hastaMes);
  const inPeriod = (row: MonthRow) => `(${index(row)}<=${h})`;
  const value = (row: MonthRow) =>
    row.text === false
      ? `IF(${blankExpr(row.range)},0,${row.range})`
      : valueOrZero(row.range, true);
  const SP = periodExpr(value(prog), `${present(prog)}*${inPeriod(prog)}`, mode);
  // With the default period every executed month is ≤ h; a closed period counts blanks as 0.
  const SE = periodExpr(value(exec), hastaMes === null ? present(exec) : inPeriod(exec), mode);
  const result = ejecucionRatioExpr(SP, SE, tope);
  return checked(hastaMes === null ? `=IF(${h}=0,"",${result})` : `=${result}`);
}

/**
 * The period value (core acumular) of values `x` over the months of the 0/1 mask `on`; no month
 * counted gives 0, as ejecucion treats an empty period. LOOKUP(2,1/on,x) is the last counted one.
 */
function periodExpr(x: string, on: string, mode: Acumulacion): string {
  const n = `SUMPRODUCT(${on})`;
  switch (mode) {
    case "suma":
      return `SUMPRODUCT(${on}*${x})`;
    case "ultimo":
      return `IFERROR(LOOKUP(2,1/(${on}),${x}),0)`;
    case "maximo":
      return `IF(${n}=0,0,MAX(IF(${on}=1,${x},-9.9E+307)))`;
    case "promedio":
      return `IF(${n}=0,0,SUMPRODUCT(${on}*${x})/${n})`;
  }
}

/** SEMAFORO for any scale: nested IFs from the highest band down, with sin dato and sobre-ejecución. */
export function nativeSemaforo(avance: RefLike, scale: Scale): string {
  const expr = scaleLevelExpr(numExpr(avance), scale);
  return checked(`=IF(${blankTest(avance)},"${NO_DATA_LABEL}",${expr})`);
}
