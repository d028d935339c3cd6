import { anyBlank } from "./formulaParts";
import { blankTest, type RefLike } from "./numberExpr";

/**
 * What the native twins of the PLAN functions share (each twin lives in its function's file
 * under core/functions): the length limit and the "sin dato" test over references. A twin is a
 * formula a workbook keeps working with when it is opened without the add-in;
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

/** The formula, or NativeFormulaTooLong when Excel would refuse it. */
export function checked(formula: string): string {
  if (formula.length > FORMULA_MAX_LENGTH) throw new NativeFormulaTooLong(formula.length);
  return formula;
}

/** `OR(A1="",B1="")`: some of the references is blank (the twins' "sin dato" guard). */
export const refsBlank = (...refs: RefLike[]) => anyBlank(refs.map(blankTest));
