import { describe, expect, it } from "vitest";
import { nativeAvanceFinanciero } from "../../src/core/planFunctions/avanceFinanciero";
import { nativeAvanceTipo1 } from "../../src/core/planFunctions/avanceTipo1";
import { nativeAvanceTipo2 } from "../../src/core/planFunctions/avanceTipo2";
import { nativeEjecucion } from "../../src/core/planFunctions/ejecucion";
import { nativePromedioAvance } from "../../src/core/planFunctions/promedioAvance";
import { nativeSemaforo } from "../../src/core/planFunctions/semaforo";
import { PRESET_SCALES } from "../../src/core/scales/presets";

// The numbers these formulas give are checked against the core in LibreOffice
// (test/e2e/nativeTwins.e2e.test.ts); here we pin their readable shape for number cells.
describe("native twins (portable mode)", () => {
  it("Tipo I ascending reads like the issue's example, plus a blank LE check", () => {
    expect(nativeAvanceTipo1("E13", "D13")).toBe(
      '=IF(OR(E13="",D13=""),"",IF(D13=0,0,ROUND(MIN(100,E13/D13*100),2)))'
    );
    expect(nativeAvanceTipo1("E13", "D13", "ascendente", false)).toBe(
      '=IF(OR(E13="",D13=""),"",IF(D13=0,0,ROUND(E13/D13*100,2)))'
    );
  });

  it("Tipo I for each sentido", () => {
    expect(nativeAvanceTipo1("B2", "C2", "descendente")).toContain(
      "IF(B2=0,100,ROUND(MIN(100,C2/B2*100),2))"
    );
    expect(nativeAvanceTipo1("B2", "C2", "maximo_permisible")).toContain("IF(B2<=C2,100,");
    expect(nativeAvanceTipo1("B2", "C2", "minimo_permisible")).toContain(
      "IF(B2>=C2,100,IF(C2=0,0,"
    );
  });

  it("text cells are parsed natively with NUMBERVALUE and blank-checked with TRIM", () => {
    const f = nativeAvanceTipo1({ ref: "E13", text: true }, "D13");
    expect(f).toContain('TRIM(E13)=""');
    expect(f).toContain("NUMBERVALUE(");
    expect(f.length).toBeLessThan(8192);
  });

  it("Tipo II, financiero, promedio, ejecución and semáforo", () => {
    expect(nativeAvanceTipo2("A1", "B1", "C1")).toBe(
      '=IF(OR(A1="",B1="",C1=""),"",IF(B1=C1,NA(),ROUND(MAX(0,MIN(100,(A1-C1)/(B1-C1)*100)),2)))'
    );
    expect(nativeAvanceFinanciero("A1", "B1")).toBe(
      '=IF(OR(A1="",B1=""),"",IF(B1=0,"",ROUND(A1/B1*100,2)))'
    );
    expect(nativePromedioAvance("F3:F32")).toBe('=IF(COUNT(F3:F32)=0,"",ROUND(AVERAGE(F3:F32),2))');
    // Ejecución reads its months cell by cell (text numbers too): blanks are masked, the closed
    // period keeps months 1..6, and the ratio is the core's (#N/A when only executed).
    const closed = nativeEjecucion(
      { range: "B2:M2", first: "B2" },
      { range: "B3:M3", first: "B3" },
      6
    );
    expect(closed).toMatch(/^=IF\(\(?SUMPRODUCT\(/);
    expect(closed).toContain("(COLUMN(B2:M2)-COLUMN(B2)+1)<=6");
    expect(closed).toContain('TRIM(B3:M3)=""');
    expect(closed).toContain('"",NA()');
    expect(closed).not.toContain("PLAN.");
    expect(nativeSemaforo("G5", PRESET_SCALES.CEPLAN_SEMESTRAL!)).toBe(
      '=IF(G5="","Sin dato",IF(G5>=50,"Bueno",IF(G5>=30,"Regular","Malo")))'
    );
    expect(nativeSemaforo("G5", PRESET_SCALES.INSTITUCIONAL_80_91_REDONDEO!)).toContain(
      "ROUND(G5,0)>=91"
    );
  });
});

describe("Excel's formula length limit", () => {
  it("keeps every portable ejecución within 8,192 characters, text months and all", async () => {
    const { NativeFormulaTooLong, FORMULA_MAX_LENGTH } =
      await import("../../src/core/native/nativeFormulas");
    const p = { range: "AB2:AM2", first: "AB2" };
    const e = { range: "AN2:AY2", first: "AN2" };
    for (const mode of ["suma", "ultimo", "maximo", "promedio"] as const)
      for (const hasta of [null, 6])
        for (const tope of [false, true])
          expect(nativeEjecucion(p, e, hasta, tope, mode).length).toBeLessThanOrEqual(
            FORMULA_MAX_LENGTH
          );
    // Tipo II with all three inputs typed as text (an all-text export) still fits.
    const t2 = nativeAvanceTipo2(
      { ref: "A1", text: true },
      { ref: "B1", text: true },
      { ref: "C1", text: true }
    );
    expect(t2.length).toBeLessThanOrEqual(FORMULA_MAX_LENGTH);
    // A mean over hundreds of text cells would not fit: declined with a Spanish reason.
    const cells = Array.from({ length: 400 }, (_, i) => `B${i + 2}`);
    const build = () => nativePromedioAvance("A2:A401", cells);
    expect(build).toThrow(NativeFormulaTooLong);
    expect(build).toThrow(/8192.*texto/);
  });
});
