import { describe, expect, it } from "vitest";
import {
  LAMBDA_PROBE,
  LAMBDA_UNSUPPORTED_MESSAGE,
  libroFormula,
  libroNames,
  nameConflictMessage,
} from "../../src/core/planFunctions/libroMode";
import { workbookFunction } from "../../src/core/planFunctions/workbookFunctions";

describe("libro mode for the write plan", () => {
  it("writes the short call for functions with a workbook form", () => {
    expect(libroFormula({ fn: "AVANCE_TIPO1", args: ["E13", "D13", null, null] })).toBe(
      "=AVANCE_TIPO1(E13,D13)"
    );
    expect(libroFormula({ fn: "SEMAFORO", args: ["F13", '"CEPLAN_SEMESTRAL"'] })).toBe(
      '=SEMAFORO(F13,"CEPLAN_SEMESTRAL")'
    );
    expect(libroFormula({ fn: "SEMAFORO", args: ["F13", "$K$2"] })).toBe("=SEMAFORO(F13,$K$2)");
  });

  it("declines the institution's own scale (the plan writes the portable twin)", () => {
    expect(libroFormula({ fn: "SEMAFORO", args: ["F13", "$M$2:$N$4"] })).toBeNull();
    expect(
      libroFormula({ fn: "CONTAR_NIVEL", args: ["F2:F9", '"Alto"', '"MI_ESCALA"'] })
    ).toBeNull();
  });

  it("lists each needed definition once, in registry order", () => {
    const names = libroNames([
      { fn: "SEMAFORO", args: ["F13", null] },
      { fn: "AVANCE_TIPO1", args: ["E13", "D13"] },
      { fn: "AVANCE_TIPO1", args: ["E14", "D14"] },
      { fn: "SEMAFORO", args: ["F15", "$M$2:$N$4"] },
      { fn: "SENTIDO", args: ["C5", "D5:H5"] },
    ]);
    expect(names.map((n) => n.name)).toEqual([
      "LEER_NUMERO",
      "AVANCE_TIPO1",
      "SENTIDO",
      "SEMAFORO",
    ]);
    expect(names[1]).toEqual({
      name: "AVANCE_TIPO1",
      formula: workbookFunction("AVANCE_TIPO1")!.formula,
      comment: workbookFunction("AVANCE_TIPO1")!.comment,
    });
  });
});

describe("libro mode messages", () => {
  it("name the conflicting definition without overwhelming the planner", () => {
    expect(nameConflictMessage("SEMAFORO", "Hoja1!$B$2")).toContain(
      "«SEMAFORO» con otra definición (Hoja1!$B$2)"
    );
    const long = nameConflictMessage("SEMAFORO", `LAMBDA(x,${"x+".repeat(60)}1)`);
    expect(long).toMatch(/\(LAMBDA\(x,x\+[^)]*…\)/);
    expect(LAMBDA_UNSUPPORTED_MESSAGE).toMatch(/Excel 365 o Excel 2024.*modo portátil/);
    expect(LAMBDA_PROBE.formula.startsWith("=LAMBDA(")).toBe(true);
  });
});
