import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli";
import { RULES } from "../../src/core/rules/registry";
import {
  functionsTable,
  replaceSection,
  rulesTable,
  section,
  tableCells,
} from "../support/readmeTables";

const README = resolve(__dirname, "../../README.md");

describe("README tables come from the registries", () => {
  // To regenerate after a deliberate change: UPDATE_README=1 npx vitest run test/docs/readme.test.ts
  if (process.env.UPDATE_README === "1") {
    let text = readFileSync(README, "utf8");
    text = replaceSection(text, "funciones", functionsTable());
    text = replaceSection(text, "reglas", rulesTable());
    writeFileSync(README, text);
  }
  const readme = readFileSync(README, "utf8");

  it("the functions table is the functions registry", () => {
    expect(tableCells(section(readme, "funciones"))).toEqual(tableCells(functionsTable()));
  });

  it("the rules table is the rules' meta", () => {
    expect(tableCells(section(readme, "reglas"))).toEqual(tableCells(rulesTable()));
  });

  it("`semaforo reglas` lists every rule with its severity and description", async () => {
    const r = await runCli("reglas");
    expect(r.code).toBe(0);
    for (const { meta } of RULES) {
      expect(r.stdout).toMatch(
        new RegExp(
          `^${meta.id.replace(/\./g, "\\.")} +\\S+ +${meta.description.replace(/[()%.+*?[\]]/g, "\\$&")}$`,
          "m"
        )
      );
    }
    const json = await runCli("reglas", "--json");
    expect((JSON.parse(json.stdout) as { id: string }[]).map((m) => m.id)).toEqual(
      RULES.map((r) => r.meta.id)
    );
  });
});
