import { describe, expect, it } from "vitest";
import { workbookFunction } from "../../src/core/planFunctions/workbookFunctions";
import {
  callArguments,
  inlineHelper,
  letSteps,
  replaceIdentifier,
  substituteParams,
} from "./lambdaSubstitution";

describe("substitution helpers for the LibreOffice proof", () => {
  it("replaces a name only as a whole identifier and never inside text", () => {
    expect(replaceIdentifier('IF(pim="pim",pim+PIM1,SUM(pim_x))', "pim", "B2")).toBe(
      'IF(B2="pim",B2+PIM1,SUM(pim_x))'
    );
    expect(replaceIdentifier("_xlpm.pim+Pim", "pim", "B2")).toBe("_xlpm.pim+B2");
  });

  it("splits a call's arguments at top-level commas only", () => {
    const f = 'LET(a,{1,2},b,"x,y",IF(a,b,1))';
    expect(callArguments(f, 3)).toEqual({
      args: ["a", "{1,2}", "b", '"x,y"', "IF(a,b,1)"],
      close: f.length - 1,
    });
  });

  it("lists the LET bindings in order with the calculation", () => {
    expect(letSteps("LET(a,1,b,a+1,a*b)")).toEqual({
      steps: [
        ["a", "1"],
        ["b", "a+1"],
      ],
      result: "a*b",
    });
    expect(letSteps("A1+1")).toEqual({ steps: [], result: "A1+1" });
  });

  it("puts the arguments in and answers ISOMITTED", () => {
    const fn = workbookFunction("SEMAFORO")!;
    const given = substituteParams(fn, ["A1", '"CEPLAN_ANUAL"']);
    expect(given).not.toMatch(/ISOMITTED|\bavance\b|\bescala\b/);
    expect(given).toContain('IF(FALSE,"","CEPLAN_ANUAL")');
    const omitted = substituteParams(fn, ["A1", null]);
    expect(omitted).toContain('IF(TRUE,"","")');
    expect(() => substituteParams(fn, [null, null])).toThrow(/avance/);
  });

  it("inlines the helper name the bodies call, so LibreOffice can evaluate them", () => {
    const inlined = inlineHelper(
      'LET(n_vo,LEER_NUMERO(A1),n_le,LEER_NUMERO(IF(FALSE,"",B1)),n_vo+n_le)'
    );
    expect(inlined).not.toContain("LEER_NUMERO");
    expect(inlined).not.toMatch(/\btexto\b/);
    expect(inlined).toContain("ISNUMBER(A1)");
    expect(inlined).toContain('TRIM((IF(FALSE,"",B1)))');
    expect(substituteParams(workbookFunction("EJECUCION")!, ["B2:M2", "N2:Y2"])).not.toContain(
      "LEER_NUMERO"
    );
  });
});
