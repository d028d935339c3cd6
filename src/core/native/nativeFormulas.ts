import type { Sentido } from "../calc/sentido";
import { NO_DATA_LABEL, type Scale } from "../scales/scale";
import { blankTest, numExpr, type RefLike } from "./numberExpr";

/**
 * Native twins of the PLAN functions for portable mode: formulas a workbook keeps working with
 * when it is opened without the add-in. Each returns a formula string starting with "=".
 * test/e2e/nativeTwins.e2e.test.ts checks them against the core in LibreOffice.
 */

const esc = (text: string) => text.replace(/"/g, '""');

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
const anyBlank = (...refs: RefLike[]) => `OR(${refs.map(blankTest).join(",")})`;
const cap = (expr: string, tope: boolean) => (tope ? `MIN(100,${expr})` : expr);

export function nativeAvanceTipo1(
  vo: RefLike,
  le: RefLike,
  sentido: Sentido = "ascendente",
  tope = true
): string {
  const V = numExpr(vo);
  const L = numExpr(le);
  const body = (() => {
    switch (sentido) {
      case "ascendente":
        return `IF(${L}=0,0,ROUND(${cap(`${V}/${L}*100`, tope)},2))`;
      case "descendente":
        return `IF(${V}=0,100,ROUND(${cap(`${L}/${V}*100`, tope)},2))`;
      case "maximo_permisible":
        return `IF(${V}<=${L},100,ROUND(${cap(`${L}/${V}*100`, tope)},2))`;
      case "minimo_permisible":
        return `IF(${V}>=${L},100,IF(${L}=0,0,ROUND(${cap(`${V}/${L}*100`, tope)},2)))`;
    }
  })();
  return checked(`=IF(${anyBlank(vo, le)},"",${body})`);
}

export function nativeAvanceTipo2(vo: RefLike, le: RefLike, lb: RefLike, tope = true): string {
  const [V, L, B] = [numExpr(vo), numExpr(le), numExpr(lb)];
  const raw = `(${V}-${B})/(${L}-${B})*100`;
  const bounded = tope ? `MAX(0,MIN(100,${raw}))` : raw;
  return checked(`=IF(${anyBlank(vo, le, lb)},"",IF(${L}=${B},NA(),ROUND(${bounded},2)))`);
}

export function nativeAvanceFinanciero(devengado: RefLike, pim: RefLike): string {
  const [D, P] = [numExpr(devengado), numExpr(pim)];
  return checked(`=IF(${anyBlank(devengado, pim)},"",IF(${P}=0,"",ROUND(${D}/${P}*100,2)))`);
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
  return checked(`=IF(${n}=0,"",ROUND((SUM(${range})${extraSum})/${n},2))`);
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
  const result = `IF(${SP}=0,IF(${SE}=0,"",NA()),ROUND(${cap(`${SE}/${SP}*100`, tope)},2))`;
  return checked(hastaMes === null ? `=IF(${h}=0,"",${result})` : `=${result}`);
}

/** SEMAFORO for any scale: nested IFs from the highest band down, with sin dato and sobre-ejecución. */
export function nativeSemaforo(avance: RefLike, scale: Scale): string {
  const raw = numExpr(avance);
  const v = scale.boundary === "round" ? `ROUND(${raw},0)` : raw;
  const levels = scale.levels;
  let expr = `"${esc((levels[0] as Scale["levels"][number]).label)}"`;
  for (const level of levels.slice(1)) {
    expr = `IF(${v}>=${level.min},"${esc(level.label)}",${expr})`;
  }
  if (scale.over) expr = `IF(${raw}>${scale.over.above},"${esc(scale.over.label)}",${expr})`;
  return checked(`=IF(${blankTest(avance)},"${NO_DATA_LABEL}",${expr})`);
}
