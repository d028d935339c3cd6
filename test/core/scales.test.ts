import { describe, expect, it } from "vitest";
import { classify } from "../../src/core/scales/scale";
import { PRESET_SCALES } from "../../src/core/scales/presets";
import { readScale } from "../../src/core/scales/readScale";
import { PLAN_RUNNERS } from "../../src/core/planFunctions/registry";
import { isPlanError } from "../../src/core/errors";

const { CONTAR_NIVEL, SEMAFORO } = PLAN_RUNNERS;

const preset = (id: string) => PRESET_SCALES[id] as NonNullable<(typeof PRESET_SCALES)[string]>;

describe("semáforo scales", () => {
  it("CEPLAN semestral: Malo < 30 ≤ Regular < 50 ≤ Bueno", () => {
    const s = preset("CEPLAN_SEMESTRAL");
    expect([0, 29.99, 30, 49.99, 50, 100].map((v) => classify(v, s))).toEqual([
      "Malo",
      "Malo",
      "Regular",
      "Regular",
      "Bueno",
      "Bueno",
    ]);
  });

  it("CEPLAN anual: Malo < 75 ≤ Regular < 95 ≤ Bueno", () => {
    const s = preset("CEPLAN_ANUAL");
    expect([74.99, 75, 94.99, 95].map((v) => classify(v, s))).toEqual([
      "Malo",
      "Regular",
      "Regular",
      "Bueno",
    ]);
  });

  it("EMSAPUNO 80/91 lower-inclusive: 79.5 / 90.5 / 91 → Bajo / Medio / Alto", () => {
    const s = preset("INSTITUCIONAL_80_91");
    expect([79.5, 90.5, 91].map((v) => classify(v, s))).toEqual(["Bajo", "Medio", "Alto"]);
  });

  it("EMSAPUNO 80/91 round-first: 79.5 / 90.5 → Medio / Alto", () => {
    const s = preset("INSTITUCIONAL_80_91_REDONDEO");
    expect([79.5, 90.5].map((v) => classify(v, s))).toEqual(["Medio", "Alto"]);
  });

  it("SEMAFORO: blank is «Sin dato»; the default scale is CEPLAN semestral; ranges spill", () => {
    expect(SEMAFORO([[48], [""], [75]], null)).toEqual([["Regular"], ["Sin dato"], ["Bueno"]]);
    expect(SEMAFORO([[48]], [["ceplan anual"]])).toEqual([["Malo"]]);
  });

  it("a custom scale from rows {etiqueta, mínimo}, with header row and sobre-ejecución", () => {
    const rows = [
      ["Etiqueta", "Mínimo"],
      ["Crítico", 0],
      ["En proceso", 60],
      ["Logrado", 90],
      ["Sobre-ejecución", 100],
    ];
    expect(SEMAFORO([[59.9], [60], [100], [100.01], [-5]], rows)).toEqual([
      ["Crítico"],
      ["En proceso"],
      ["Logrado"],
      ["Sobre-ejecución"],
      ["Crítico"],
    ]);
    expect(CONTAR_NIVEL([[95, 120, 130, ""]], [["sobre-ejecución"]], rows)).toEqual([[2]]);
  });

  it("bad scales give Spanish #VALUE! errors", () => {
    const unknown = readScale([["SEMANAL"]], "CEPLAN_SEMESTRAL");
    expect(isPlanError(unknown) && unknown.message).toContain("«SEMANAL»");
    expect(isPlanError(readScale([["Solo", 0]], "CEPLAN_SEMESTRAL"))).toBe(true);
    expect(
      isPlanError(
        readScale(
          [
            ["A", 0],
            ["B", "x"],
          ],
          "CEPLAN_SEMESTRAL"
        )
      )
    ).toBe(true);
    expect(
      isPlanError(
        readScale(
          [
            ["A", 0],
            ["B", 0],
          ],
          "CEPLAN_SEMESTRAL"
        )
      )
    ).toBe(true);
  });

  it("CONTAR_NIVEL counts blanks as «Sin dato» and rejects levels the scale lacks", () => {
    expect(CONTAR_NIVEL([[10, "", null, 60]], [["Sin dato"]], null)).toEqual([[2]]);
    const r = CONTAR_NIVEL([[10]], [["Excelente"]], null)[0]?.[0];
    expect(isPlanError(r) && r.message).toContain("Excelente");
  });
});
