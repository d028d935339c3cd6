import { describe, expect, it } from "vitest";
import { toFileFormula } from "../../src/xlsx/fileFormula";

describe("toFileFormula", () => {
  it("drops the leading = and prefixes post-2010 functions with _xlfn.", () => {
    expect(toFileFormula('=IF(A1="","",NUMBERVALUE(A1,".",","))')).toBe(
      'IF(A1="","",_xlfn.NUMBERVALUE(A1,".",","))'
    );
    expect(toFileFormula('=SUBSTITUTE(A1,UNICHAR(160),"")')).toBe(
      'SUBSTITUTE(A1,_xlfn.UNICHAR(160),"")'
    );
  });

  it("leaves string literals, already-prefixed names and classic functions alone", () => {
    expect(toFileFormula('="NUMBERVALUE(x)"&ROUND(A1,2)')).toBe('"NUMBERVALUE(x)"&ROUND(A1,2)');
    expect(toFileFormula("_xlfn.IFNA(A1,0)")).toBe("_xlfn.IFNA(A1,0)");
  });

  it("stores add-in functions as _xldudf_PLAN_… (how add-in custom functions are saved in files)", () => {
    expect(toFileFormula("=PLAN.AVANCE_TIPO1(E13,D13)")).toBe("_xldudf_PLAN_AVANCE_TIPO1(E13,D13)");
    expect(toFileFormula('=IF(A1="PLAN.X(",PLAN.SEMAFORO(B1),0)')).toBe(
      'IF(A1="PLAN.X(",_xldudf_PLAN_SEMAFORO(B1),0)'
    );
  });
});

describe("toFileFormula with workbook functions", () => {
  it("prefixes LAMBDA, LET and ISOMITTED, which Excel added after 2010", () => {
    expect(toFileFormula("=LAMBDA(x,[y],LET(z,x,IF(ISOMITTED(y),z,y)))")).toBe(
      "_xlfn.LAMBDA(x,[y],_xlfn.LET(z,x,IF(_xlfn.ISOMITTED(y),z,y)))"
    );
    // A call of a workbook function stays as written: the name is the workbook's, not Excel's.
    expect(toFileFormula("=AVANCE_TIPO1(E13,D13)")).toBe("AVANCE_TIPO1(E13,D13)");
  });
});
