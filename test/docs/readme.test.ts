import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli";
import { RULES } from "../../src/core/rules/registry";
import { roleList, roleTable } from "../../src/core/columnMap/roleList";
import { columnMapOf, SINGLE_ROLES } from "../../src/core/columnMap/roles";
import {
  functionsTable,
  replaceSection,
  rulesTable,
  section,
  tableCells,
} from "../support/readmeTables";

const escape = (t: string) => t.replace(/[()%.+*?[\]|«»]/g, "\\$&");
const README = resolve(__dirname, "../../README.md");

describe("README tables come from the registries", () => {
  // To regenerate after a deliberate change: UPDATE_README=1 npx vitest run test/docs/readme.test.ts
  if (process.env.UPDATE_README === "1") {
    let text = readFileSync(README, "utf8");
    text = replaceSection(text, "funciones", functionsTable());
    text = replaceSection(text, "reglas", rulesTable());
    text = replaceSection(text, "papeles", roleTable());
    writeFileSync(README, text);
  }
  const readme = readFileSync(README, "utf8");

  it("the functions table is the functions registry", () => {
    expect(tableCells(section(readme, "funciones"))).toEqual(tableCells(functionsTable()));
  });

  it("the rules table is the rules' meta", () => {
    expect(tableCells(section(readme, "reglas"))).toEqual(tableCells(rulesTable()));
  });

  it("the column roles table is the role list --columnas reads, and check --help lists it", async () => {
    expect(tableCells(section(readme, "papeles"))).toEqual(tableCells(roleTable()));
    const help = await runCli("check", "--help");
    for (const role of roleList()) {
      // Every role listed is one the map reader accepts, and the help names it with its label.
      expect(columnMapOf(new Map([[0, role.example]]))).not.toHaveProperty("unknown");
      expect(help.stdout).toMatch(
        new RegExp(`^ +${escape(role.written)} +${escape(role.label)}$`, "m")
      );
    }
    for (const single of SINGLE_ROLES) expect(roleList().map((r) => r.written)).toContain(single);
    expect(roleList().map((r) => r.written)).toContain("RE:1 … RE:12, RE:total");
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
