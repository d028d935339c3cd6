import { readSentido } from "../calc/sentido";
import type { Acumulacion } from "../calc/acumular";
import { isPlanError } from "../errors";
import type { Calc, CalcArg } from "../measure/item";
import { NativeFormulaTooLong } from "../native/nativeFormulas";
import { AVANCE_FINANCIERO } from "../planFunctions/avanceFinanciero";
import { AVANCE_TIPO1 } from "../planFunctions/avanceTipo1";
import { EJECUCION } from "../planFunctions/ejecucion";
import { PROMEDIO_AVANCE } from "../planFunctions/promedioAvance";
import type { CellRead } from "../measure/cellRead";
import { rangeA1 } from "../sheet/address";
import { libroFormula, type LibroCall } from "../planFunctions/libroMode";
import type { FormulaMode } from "./writePlan";

/** Where an item's result is written: its address per item (for results arguments). */
export type ResultAddress = (item: { row: number }) => string;

/**
 * A formula for a calc, or why it could not be written (a Spanish note); `call` is set when the
 * formula calls a workbook function (the plan then defines it).
 */
export type FormulaResult =
  | { formula: string; note?: string; call?: LibroCall; array?: boolean }
  | { formula: null; note: string; call?: undefined };

/** "E7", or "E7:P7" for consecutive cells of one row; null when they are not consecutive. */
export function rangeOf(cells: readonly CellRead[]): string | null {
  const first = cells[0];
  if (!first) return null;
  const ok = cells.every((c, i) => c.row === first.row && c.col === first.col + i);
  return ok ? rangeA1(first.row, first.col, first.row, first.col + cells.length - 1) : null;
}

/** The refs of other items' results: one range when consecutive, else a list. */
function resultsRef(
  items: readonly { row: number }[],
  at: ResultAddress
): { ref: string; contiguous: boolean } {
  const rows = items.map((i) => i.row);
  const contiguous = rows.every((r, i) => i === 0 || r === (rows[i - 1] as number) + 1);
  const first = items[0];
  const last = items[items.length - 1];
  if (contiguous && first && last) {
    const a = at(first);
    const b = at(last);
    return { ref: a === b ? a : `${a}:${b}`, contiguous };
  }
  return { ref: items.map(at).join(","), contiguous };
}

const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;

function renderArg(arg: CalcArg, at: ResultAddress): string | null {
  switch (arg.kind) {
    case "cells":
      return rangeOf(arg.cells);
    case "literal":
      return typeof arg.value === "string"
        ? quoteText(arg.value)
        : typeof arg.value === "boolean"
          ? arg.value
            ? "TRUE"
            : "FALSE"
          : String(arg.value);
    case "results":
      return resultsRef(arg.items, at).ref;
    case "text":
      return arg.cell.address;
    case "omitted":
      return "";
  }
}

/** Arguments with the trailing omitted ones dropped; a middle omitted one stays null (empty). */
function trimOmitted(args: readonly string[]): (string | null)[] {
  const out: (string | null)[] = args.map((a) => (a === "" ? null : a));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** =PLAN.FN(args), omitted trailing arguments dropped; null when a range is not consecutive. */
export function customFormula(calc: Calc, at: ResultAddress): string | null {
  const args = calc.args.map((a) => renderArg(a, at));
  if (args.some((a) => a === null)) return null;
  const kept = trimOmitted(args as string[]).map((a) => a ?? "");
  return `=PLAN.${calc.fn}(${kept.join(",")})`;
}

const textRef = (read: CellRead) => ({
  ref: read.address,
  text: read.status === "text" || read.status === "invalid",
});

/**
 * The native (portable) twin of a calc, built from the same arguments: the formula an Excel
 * without the add-in computes to the same value. Null with a reason when no twin exists.
 */
function nativeFormula(calc: Calc, at: ResultAddress): FormulaResult {
  const [a0, a1, a2, a3, a4] = calc.args;
  const single = (a: CalcArg | undefined) => (a?.kind === "cells" ? a.cells[0] : undefined);
  const literal = (a: CalcArg | undefined) => (a?.kind === "literal" ? a.value : undefined);
  const logical = (a: CalcArg | undefined) => {
    const value = literal(a);
    return typeof value === "boolean" ? value : undefined;
  };
  switch (calc.fn) {
    case "AVANCE_TIPO1": {
      const vo = single(a0);
      const le = single(a1);
      if (!vo || !le) break;
      const sentidoText =
        a2?.kind === "text" ? a2.cell.text : a2?.kind === "literal" ? String(a2.value) : "";
      // Omitted arguments take the function's defaults (the twin's own).
      const sentido = sentidoText ? readSentido(sentidoText) : undefined;
      return {
        formula: AVANCE_TIPO1.nativeTwin(
          textRef(vo),
          textRef(le),
          isPlanError(sentido) ? undefined : sentido,
          logical(a3)
        ),
      };
    }
    case "PROMEDIO_AVANCE":
      if (a0?.kind !== "results") break;
      return { formula: PROMEDIO_AVANCE.nativeTwin(resultsRef(a0.items, at).ref) };
    case "EJECUCION": {
      if (a0?.kind !== "cells" || a1?.kind !== "cells") break;
      const mode = literal(a2) as Acumulacion | undefined;
      const p = rangeOf(a0.cells);
      const e = rangeOf(a1.cells);
      if (!p || !e) break;
      const hasta = literal(a3);
      const row = (range: string, cells: CellRead[]) => ({
        range,
        first: (cells[0] as CellRead).address,
      });
      const formula = EJECUCION.nativeTwin(
        row(p, a0.cells),
        row(e, a1.cells),
        typeof hasta === "number" ? hasta : null,
        logical(a4),
        mode
      );
      // It reads the months cell by cell: an array formula in every Excel.
      return { formula, array: true };
    }
    case "AVANCE_FINANCIERO": {
      const devengado = single(a0);
      const pim = single(a1);
      if (!devengado || !pim) break;
      return { formula: AVANCE_FINANCIERO.nativeTwin(textRef(devengado), textRef(pim)) };
    }
    default:
      break;
  }
  return { formula: null, note: `${calc.fn} no tiene fórmula nativa para estas celdas.` };
}

/**
 * The formula written for a calc in the chosen mode. Portable mode never writes a PLAN function:
 * where no native twin exists or Excel's length limit would be passed, the cell is left out (with
 * a note), and so is the summary's count of it. An AEI mean over scattered rows is always native,
 * since PLAN.PROMEDIO_AVANCE takes one range.
 */
export function formulaFor(calc: Calc, mode: FormulaMode, at: ResultAddress): FormulaResult {
  if (mode === "libro") {
    const args = calc.args.map((a) => renderArg(a, at));
    const scatteredResults = calc.args.some(
      (a) => a.kind === "results" && !resultsRef(a.items, at).contiguous
    );
    if (!args.includes(null) && !scatteredResults) {
      const call: LibroCall = { fn: calc.fn, args: trimOmitted(args as string[]) };
      const formula = libroFormula(call);
      if (formula) return { formula, call };
    }
    const portable = formulaFor(calc, "nativas", at);
    const why = `${calc.fn} no tiene forma de función del libro para estas celdas; se escribió la fórmula portátil.`;
    return portable.formula === null ? portable : { ...portable, note: portable.note ?? why };
  }
  const scattered =
    calc.fn === "PROMEDIO_AVANCE" &&
    calc.args[0]?.kind === "results" &&
    !resultsRef(calc.args[0].items, at).contiguous;
  if (mode === "nativas" || scattered) {
    // A portable workbook must open without the add-in: it never gets a PLAN function.
    const custom = mode === "nativas" ? null : customFormula(calc, at);
    const fallback = (why: string): FormulaResult =>
      custom
        ? { formula: custom, note: `${why} Se escribió la función PLAN.` }
        : {
            formula: null,
            note: `${why} No se escribió la celda (el modo portátil no usa funciones PLAN).`,
          };
    try {
      const native = nativeFormula(calc, at);
      return native.formula !== null ? native : fallback(native.note);
    } catch (error) {
      if (!(error instanceof NativeFormulaTooLong)) throw error;
      return fallback(error.message);
    }
  }
  const custom = customFormula(calc, at);
  return custom
    ? { formula: custom }
    : {
        formula: null,
        note: "las celdas no están en columnas contiguas; no se escribió el resultado.",
      };
}
