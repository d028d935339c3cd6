import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../src/core/planFunctions/registry";
import { avanceTipo1Expr, scaleLevelExpr } from "../../src/core/native/formulaParts";
import { FORMULA_MAX_LENGTH } from "../../src/core/native/nativeFormulas";
import { NAME_COMMENT_MAX, shortComment } from "../../src/core/native/nameComment";
import {
  callFormula,
  NOT_IN_WORKBOOK,
  textArg,
  NUMBER_HELPER_FUNCTION,
  workbookFunction,
  workbookFunctions,
} from "../../src/core/planFunctions/workbookFunctions";
import { PRESET_SCALES } from "../../src/core/scales/presets";

/**
 * Functions Excel 2024 (and Excel 365) has. Every function a workbook-function body calls must be
 * here: a planner with Excel 2024 must never see #NAME?.
 */
const EXCEL_2024 = new Set([
  "ABS",
  "AND",
  "CHOOSE",
  "COLUMN",
  "COLUMNS",
  "IF",
  "IFERROR",
  "INT",
  "ISERROR",
  "ISLOGICAL",
  "ISNUMBER",
  "ISOMITTED",
  "LAMBDA",
  "LET",
  "LOOKUP",
  "LOWER",
  "MAX",
  "MIN",
  "NA",
  "NOT",
  "NUMBERVALUE",
  "OR",
  "ROUND",
  "ROWS",
  "SUBSTITUTE",
  "SUMPRODUCT",
  "TRANSPOSE",
  "TRIM",
  "UNICHAR",
  "UPPER",
]);

/** Names called in a formula (`NAME(`), outside string literals. */
function calledFunctions(formula: string): string[] {
  const code = formula.split(/"(?:[^"]|"")*"/).join('""');
  return [...code.matchAll(/([A-Z][A-Z0-9._]*)\(/g)].map((m) => m[1] as string);
}

describe("workbook functions", () => {
  it("define every registry function except those listed with a reason", () => {
    const defined = workbookFunctions().map((f) => f.name);
    for (const spec of FUNCTIONS) {
      const reason = NOT_IN_WORKBOOK[spec.name];
      expect(defined.includes(spec.name), spec.name).toBe(reason === undefined);
      if (reason) expect(reason.length).toBeGreaterThan(40);
    }
    expect(defined).toContain("AVANCE_TIPO1");
    expect(defined).toContain("EJECUCION");
    expect(defined).toContain("SENTIDO");
  });

  it("take the registry's parameter names, optional ones in brackets", () => {
    for (const fn of workbookFunctions()) {
      const spec = FUNCTIONS.find((s) => s.name === fn.name)!;
      const declared = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(",");
      expect(fn.formula.startsWith(`=LAMBDA(${declared},LET(`), fn.name).toBe(true);
      expect(fn.params.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    }
  });

  it("fit Excel's formula length and carry the description as a comment of at most 255", () => {
    for (const fn of workbookFunctions()) {
      expect(fn.formula.length, fn.name).toBeLessThanOrEqual(FORMULA_MAX_LENGTH);
      const spec = FUNCTIONS.find((s) => s.name === fn.name)!;
      expect(fn.comment.length).toBeLessThanOrEqual(NAME_COMMENT_MAX);
      expect(spec.description.startsWith(fn.comment.replace(/…$/, ""))).toBe(true);
    }
  });

  it("call only functions that Excel 2024 has", () => {
    for (const fn of [NUMBER_HELPER_FUNCTION, ...workbookFunctions()]) {
      // Besides Excel's own, a body may call only the helper name Semáforo defines with it.
      const unknown = calledFunctions(fn.formula).filter(
        (name) => !EXCEL_2024.has(name) && name !== NUMBER_HELPER_FUNCTION.name
      );
      expect(unknown, fn.name).toEqual([]);
    }
    // The check itself sees what a body calls.
    expect(calledFunctions('=IF(A1="X(",TEXTSPLIT(A1),1)')).toEqual(["IF", "TEXTSPLIT"]);
  });

  it("use LET names that cannot be read as cell references or R1C1", () => {
    for (const fn of workbookFunctions()) {
      for (const name of [...fn.locals, ...fn.params.map((p) => p.name)]) {
        // No digits (never a cell like OPT2) and never R or C alone (R1C1 notation).
        expect(name, `${fn.name}.${name}`).toMatch(/^[a-z]{2,}(_[a-z]+)*$|^[a-z]_[a-z_]+$/);
      }
      expect(fn.arrays.every((a) => fn.locals.includes(a))).toBe(true);
    }
  });

  it("are built from the same fragments as the portable twins", () => {
    const tipo1 = workbookFunction("AVANCE_TIPO1")!.formula;
    expect(tipo1).toContain(avanceTipo1Expr("n_vo", "n_le", "descendente", "t_code=1"));
    const semaforo = workbookFunction("SEMAFORO")!.formula;
    for (const scale of Object.values(PRESET_SCALES)) {
      expect(semaforo).toContain(scaleLevelExpr("n_av", scale));
    }
  });

  it("read numbers typed as text in every value argument", () => {
    const tipo1 = workbookFunction("AVANCE_TIPO1")!.formula;
    expect(tipo1).toContain("LEER_NUMERO(valor_obtenido)");
    expect(tipo1).toContain("LEER_NUMERO(logro_esperado)");
    // The parser lives once, in the helper name, which every body that reads numbers calls.
    const helper = NUMBER_HELPER_FUNCTION.formula;
    expect(helper).toContain("IF(ISNUMBER(texto),texto,");
    expect(helper).toContain("NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(texto");
    for (const fn of workbookFunctions()) expect(fn.body, fn.name).not.toContain("NUMBERVALUE");
    // Over a range the parser must work cell by cell: no OR/AND folding the array.
    expect(helper).not.toMatch(/\bOR\(|\bAND\(/);
  });
});

describe("callFormula", () => {
  it("writes the short call planners type, leaving trailing omitted arguments out", () => {
    expect(callFormula("AVANCE_TIPO1", ["E13", "D13", null, null])).toBe("=AVANCE_TIPO1(E13,D13)");
    expect(callFormula("SEMAFORO", ["F13", textArg("CEPLAN_SEMESTRAL")])).toBe(
      '=SEMAFORO(F13,"CEPLAN_SEMESTRAL")'
    );
    expect(callFormula("EJECUCION", ["B5:M5", "N5:Y5", null, null, "TRUE"])).toBe(
      "=EJECUCION(B5:M5,N5:Y5,,,TRUE)"
    );
    expect(textArg('Dice "no"')).toBe('"Dice ""no"""');
  });
});

describe("shortComment", () => {
  it("keeps a description that fits and cuts a long one at a sentence, deterministically", () => {
    expect(shortComment("Corta.  Bien.")).toBe("Corta. Bien.");
    const long = `${"a".repeat(200)}. ${"b".repeat(100)}.`;
    expect(shortComment(long)).toBe(`${"a".repeat(200)}.`);
    expect(shortComment(long)).toBe(shortComment(long));
    const words = Array.from({ length: 80 }, () => "palabra").join(" ");
    const cut = shortComment(words);
    expect(cut.length).toBeLessThanOrEqual(NAME_COMMENT_MAX);
    expect(cut.endsWith("palabra…")).toBe(true);
  });
});
