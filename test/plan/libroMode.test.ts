import { describe, expect, it } from "vitest";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { readSettings } from "../../src/core/plan/settings";
import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import { openWorkbook } from "../../src/xlsx/openWorkbook";
import { samplePath } from "../support/samples";
import { sheetOf } from "../support/grid";

describe("«funciones del libro» mode in the write plan", () => {
  it("writes short calls to workbook functions, defines each used function once and records them", async () => {
    const { sheets } = await openWorkbook(samplePath("lares-pei-2025-s1.xlsx"));
    const plan = buildWritePlan(sheets, {
      mode: "libro",
      tope: true,
      scale: PERIOD_CHOICE,
      period: null,
      summary: false,
      force: false,
    });
    const calls = plan.cells.filter((c) => c.formula && c.dynamic);
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.find((c) => c.sheet === "Tabla 3" && c.address === "G7")?.formula).toMatch(
      /^=AVANCE_TIPO1\(E7,D7\)$/
    );
    expect(plan.names.map((n) => n.name)).toEqual([
      "LEER_NUMERO",
      "AVANCE_TIPO1",
      "PROMEDIO_AVANCE",
    ]);
    // The helper that reads numbers written as text comes first; the bodies call it.
    expect(plan.names[0]?.formula).toMatch(/^=LAMBDA\(texto,IF\(TRIM\(texto\)="",0,/);
    expect(plan.names[1]?.formula).toMatch(
      /^=LAMBDA\(valor_obtenido,logro_esperado,\[sentido\],\[tope\],/
    );
    expect(plan.names[1]?.formula).toContain("LEER_NUMERO(valor_obtenido)");
    expect(plan.names[1]?.comment).toContain("Avance Tipo I");
    expect(plan.settings.nombres).toEqual(["LEER_NUMERO", "AVANCE_TIPO1", "PROMEDIO_AVANCE"]);
    // The settings sheet keeps the list, so removal takes exactly these names.
    const settings = sheetOf(
      plan.cells
        .filter((c) => c.sheet === "Semaforo_Ajustes")
        .reduce<(string | null)[][]>((rows, c) => {
          const row = Number(c.address.slice(1)) - 1;
          const col = c.address[0] === "A" ? 0 : 1;
          (rows[row] ??= [null, null])[col] = String(c.value ?? "");
          return rows;
        }, []),
      "Semaforo_Ajustes"
    );
    expect(readSettings([settings])?.nombres).toEqual([
      "LEER_NUMERO",
      "AVANCE_TIPO1",
      "PROMEDIO_AVANCE",
    ]);
    expect(readSettings([settings])?.modo).toBe("libro");
  });
});
