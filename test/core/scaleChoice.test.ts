import { describe, expect, it } from "vitest";
import { classify } from "../../src/core/scales/scale";
import {
  describeScaleChoice,
  parseScaleChoice,
  resolveScaleChoice,
  serializeScaleChoice,
  validateCustomScale,
  type ScaleChoice,
} from "../../src/core/scales/scaleChoice";
import { parseScaleJson } from "../../src/core/scales/scaleJson";

const ok = (text: string): ScaleChoice => {
  const r = parseScaleChoice(text);
  if (!r.ok) throw new Error(r.message);
  return r.choice;
};

describe("scale choice: one vocabulary for CLI, pane and settings", () => {
  it("reads periodo, presets in any spelling, and custom levels", () => {
    expect(ok("")).toEqual({ kind: "periodo" });
    expect(ok("CEPLAN (según el periodo)")).toEqual({ kind: "periodo" });
    expect(ok("ceplan anual")).toEqual({ kind: "preset", id: "CEPLAN_ANUAL" });
    const own = ok("Bajo:0,Medio:80,Alto:91");
    expect(own.kind).toBe("propia");
    const scale = resolveScaleChoice(own, "anual");
    expect([79.5, 80, 90.9, 91, -3].map((v) => classify(v, scale))).toEqual([
      "Bajo",
      "Medio",
      "Medio",
      "Alto",
      "Bajo",
    ]);
  });

  it("periodo resolves by the matrix's period", () => {
    expect(resolveScaleChoice({ kind: "periodo" }, "semestral").id).toBe("CEPLAN_SEMESTRAL");
    expect(resolveScaleChoice({ kind: "periodo" }, "anual").id).toBe("CEPLAN_ANUAL");
  });

  it("serialises and reads back exactly what was chosen", () => {
    const choices: ScaleChoice[] = [
      { kind: "periodo" },
      { kind: "preset", id: "INSTITUCIONAL_80_91_REDONDEO" },
      {
        kind: "propia",
        spec: {
          levels: [
            { label: "Crítico", min: 0 },
            { label: "En proceso", min: 60 },
            { label: "Logrado", min: 90 },
          ],
          over: { label: "Sobre-ejecución", above: 100 },
          boundary: "round",
        },
      },
    ];
    for (const c of choices) expect(ok(serializeScaleChoice(c))).toEqual(c);
    expect(describeScaleChoice(choices[2] as ScaleChoice)).toContain("Crítico:0");
  });

  it("rejects bad custom scales naming the level", () => {
    const r = parseScaleChoice("Bajo:0,Medio:95,Alto:40");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/nivel 3 \(40\) debe ser mayor que el del nivel 2 \(95\)/);
    const bad = parseScaleChoice("Bajo:0,Medio");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/nivel 2 \(«Medio»\)/);
    expect(parseScaleChoice("NO_EXISTE").ok).toBe(false);
  });

  it("validates field by field for the pane's editor", () => {
    const errors = validateCustomScale({
      levels: [
        { label: "Bajo", min: 0 },
        { label: "", min: 95 },
        { label: "bajo", min: 40 },
        { label: "X", min: 140 },
      ],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "label", index: 1 }),
        expect.objectContaining({ field: "label", index: 2 }),
        expect.objectContaining({ field: "min", index: 2 }),
        expect.objectContaining({ field: "min", index: 3 }),
      ])
    );
  });

  it("reads the JSON form with Spanish errors that name the entry", () => {
    const good = parseScaleJson({
      niveles: [
        { etiqueta: "Malo", minimo: 0 },
        { etiqueta: "Bueno", minimo: 70, color: "#00FF00" },
      ],
      sobreEjecucion: { etiqueta: "Sobre", desde: 100 },
    });
    expect(good.ok).toBe(true);
    const bad = parseScaleJson({
      niveles: [
        { etiqueta: "Malo", minimo: 0 },
        { etiqueta: "Bueno", minimo: "70" },
      ],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/niveles › 2 › minimo/);
  });
});
