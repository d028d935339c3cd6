import { describe, expect, it } from "vitest";
import { groupMessage, reportGroupsOf } from "../../src/core/check/groupMessage";
import { groupFindings } from "../../src/core/check/findingGroups";
import type { Finding } from "../../src/core/check/findings";
import { RULES } from "../../src/core/rules/registry";

const textNumber = (cell: string): Finding => ({
  rule: "N2.texto",
  severity: "info",
  cell,
  message: `Logro: el número «1» está escrito como texto; se leyó como 1 (${cell}).`,
  cause: "texto",
});

describe("group messages", () => {
  it("every rule's group message belongs to one of its message ids and names count and ranges", () => {
    for (const { meta } of RULES) {
      for (const [id, template] of Object.entries(meta.groupMessages ?? {})) {
        expect(meta.messages, `${meta.id}.${id}`).toHaveProperty(id);
        expect(template, `${meta.id}.${id}`).toMatch(/^\{count\} .*\{ranges\}/);
      }
    }
  });

  it("3,461 text numbers over J2:JP269 read as one sentence with the count and the block", () => {
    const cells: string[] = [];
    // J … JP (col 10 … 276) on rows 2 … 14: 267 columns × 13 rows = 3,471; drop 10 cells of J.
    const col = (n: number) =>
      (n <= 26 ? "" : String.fromCharCode(64 + Math.floor((n - 1) / 26))) +
      String.fromCharCode(65 + ((n - 1) % 26));
    for (let c = 10; c <= 276; c++) for (let r = 2; r <= 14; r++) cells.push(`${col(c)}${r}`);
    const findings = cells.slice(10).map(textNumber);
    const [group] = reportGroupsOf(findings);
    expect(group?.count).toBe(3461);
    expect(group?.cells).toHaveLength(3461);
    expect(group?.message).toMatch(
      /^3,461 números escritos como texto en .*; se leyeron como números\.$/
    );
    expect(group?.message).toContain("K2:JP14");
  });

  it("a single finding keeps its own message; a rule without a group message quotes the first", () => {
    expect(groupMessage(groupFindings([textNumber("B2")])[0]!)).toBe(textNumber("B2").message);
    const two: Finding[] = ["C5", "C6"].map((cell) => ({
      rule: "V9.sin-logro",
      severity: "warning",
      cell,
      message: `Primero en ${cell}`,
      cause: "cero",
    }));
    expect(groupMessage(groupFindings(two)[0]!)).toBe(
      "2 casos en C5:C6. El primero: Primero en C5"
    );
  });
});

describe("rendered messages", () => {
  it("contract «de el» and «a el» and start with a capital", async () => {
    const { renderMessage } = await import("../../src/core/rules/context");
    expect(renderMessage("Falta el logro esperado de {who}.", { who: "el indicador IND.01" })).toBe(
      "Falta el logro esperado del indicador IND.01."
    );
    expect(renderMessage("{who}: igual a la línea base.", { who: "el indicador IND.02" })).toBe(
      "El indicador IND.02: igual a la línea base."
    );
    expect(renderMessage("Se suma a el total de {x}.", { x: "la AO" })).toBe(
      "Se suma al total de la AO."
    );
  });
});
