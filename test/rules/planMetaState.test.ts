import { describe, expect, it } from "vitest";
import { describesState, statementsFor } from "../../src/core/rules/planMetaState";
import hdr from "../fixtures/hdr-as-2025.json";

/** Seed 001's plan (table 2.2): each activity's META ACTIVIDAD text and its statements by year. */
const plan = hdr.plan as {
  code: string;
  meta: string;
  statements: { years: number[]; text: string }[];
}[];
const metaOf = (code: string): string => plan.find((p) => p.code === code)?.meta ?? "";

describe("metas that describe a state, on seed 001's real metas", () => {
  it("finds exactly the seed's statements of a state or a one-off result, none of its yearly work", () => {
    const stateLike = plan.flatMap((p) =>
      p.statements.filter((s) => describesState(s.text)).map((s) => `${p.code} ${s.years[0]}`)
    );
    // 1.2.2.3 «01 Directorio se mantiene actualizado»; «1 taller implementado», «01 caso …
    // implementado con apoyo de PROAGUA/GIZ», «caso piloto implementado»: one-off results.
    expect(stateLike).toEqual(["1.2.1.1 2025", "1.2.2.3 2027", "4.2.1.2 2025", "5.2.1.3 2029"]);
  });

  it("keeps as yearly work the metas of the seed's other activities outside their cronograma", () => {
    // The six activities whose unmarked years stay warnings, with the statement for one of them.
    const work: [string, number][] = [
      ["1.1.2.2", 2027], // 02 «nodos» regionales anuales cuentan con la participación del MVCS
      ["1.4.1.2", 2027], // 02 normas/instrumentos sobre EC aprobados por año
      ["2.1.2.2", 2030], // 01 taller regional anual sobre los MERESE-H …
      ["3.1.2.1", 2027], // 01 Campaña nacional diseñada sobre valoración del servicio …
      ["4.1.3.2", 2029], // 03 ecoetiquetas a las empresas que reúsan el agua residual por año
      ["4.2.1.1", 2027], // 02 «nodos» regionales cuentan con la participación del MVCS …
    ];
    for (const [code, year] of work) {
      const statements = statementsFor(metaOf(code), year);
      expect(statements, code).toHaveLength(1);
      expect(describesState(statements[0] as string), code).toBe(false);
    }
  });

  it("yearly metas with a state word stay work: «implementados anualmente», «implementada» yearly", () => {
    expect(
      describesState("02 casos de reaprovechamiento de biosólidos implementados anualmente")
    ).toBe(false);
    expect(describesState("01 caso de uso de biogás implementado por año")).toBe(false);
    expect(
      describesState(
        "01 Campaña anual sobre valoración del servicio y economía circular implementada"
      )
    ).toBe(false);
    expect(describesState("Sistema de información en funcionamiento")).toBe(true);
    expect(describesState("Directiva vigente")).toBe(true);
  });
});

describe("the statement of a META ACTIVIDAD text for a year", () => {
  it("splits the seed's texts at their year prefixes, as table 2.2 reads them", () => {
    // Every activity: the statements found for each of its years are the seed's own.
    for (const p of plan) {
      for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) {
        const expected = p.statements.filter((s) => s.years.includes(year)).map((s) => s.text);
        const got = statementsFor(p.meta, year);
        expect(got.length, `${p.code} ${year}`).toBe(expected.length);
        got.forEach((g, i) =>
          expect(expected[i]?.startsWith(g.replace(/\.$/, "")), `${p.code} ${year}: ${g}`).toBe(
            true
          )
        );
      }
    }
  });

  it("reads «2026, 2027 y 2028:», «2026 y 2027:», «2026-2028:» and «2027 y en adelante:»", () => {
    expect(statementsFor("2026, 2027 y 2028: Informe de oportunidades", 2027)).toEqual([
      "Informe de oportunidades",
    ]);
    expect(statementsFor("2026, 2027 y 2028: Informe de oportunidades", 2029)).toEqual([]);
    expect(statementsFor("2026 y 2027: 01 publicación", 2028)).toEqual([]);
    expect(statementsFor("2026-2028: 01 informe", 2027)).toEqual(["01 informe"]);
    expect(statementsFor("2027 y en adelante: 01 Directorio", 2030)).toEqual(["01 Directorio"]);
    expect(statementsFor("01 Directorio actualizado", 2030)).toEqual(["01 Directorio actualizado"]);
  });
});
