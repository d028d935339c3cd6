import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { resolve } from "node:path";

// The dependency direction of DEVELOPERS.md is enforced by eslint.config.mjs; prove it bites.
// Probe files are not part of the TypeScript project, so type-aware parsing is switched off here;
// only the layering rules are under test.
const eslint = new ESLint({
  cwd: resolve(__dirname, "../.."),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { "@typescript-eslint/no-floating-promises": "off" },
  },
});

async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, "../..", path) });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`ESLint could not parse the probe: ${fatal.message}`);
  return messages.map((m) => m.ruleId);
}

describe("layering lint rules", () => {
  it.each([
    ['import React from "react";\nexport const x = React;\n'],
    ['import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n'],
    ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n'],
    ['import { readFileSync } from "fs";\nexport const x = readFileSync;\n'],
    ['import { main } from "../cli/main";\nexport const x = main;\n'],
  ])("src/core cannot import %s", async (code) => {
    expect(await lint("src/core/probe.ts", code)).toContain("no-restricted-imports");
  });

  it("src/core cannot use the Excel or Office globals", async () => {
    const rules = await lint(
      "src/core/probe.ts",
      "export const x = () => Excel.run(async () => Office.context);\n"
    );
    expect(rules.filter((r) => r === "no-restricted-globals")).toHaveLength(2);
  });

  it("the task pane cannot call Excel.run directly", async () => {
    const rules = await lint(
      "src/taskpane/probe.ts",
      "export const x = () => Excel.run(async () => 1);\n"
    );
    expect(rules).toContain("no-restricted-globals");
  });

  it("the same code is fine in src/excel", async () => {
    const rules = await lint(
      "src/excel/probe.ts",
      "export const x = () => Excel.run(async () => 1);\n"
    );
    expect(rules).not.toContain("no-restricted-globals");
  });

  it.each([
    ["src/core/rules/probe.ts", 'import { kindOf } from "../kinds/registry";'],
    ["src/core/detect/probe.ts", 'import { KINDS } from "../kinds/registry";'],
    ["src/core/kinds/probe.ts", 'import { measureMatrix } from "../pipeline/measureMatrix";'],
    ["src/core/rules/probe.ts", 'import { FindingCollector } from "../check/findings";'],
    ["src/core/plan/probe.ts", 'import { makePort } from "../port/workbookPort";'],
    ["src/core/compare/probe.ts", 'import { consolidate } from "../consolidate/consolidatedRows";'],
  ])("inside src/core, %s cannot import a floor at or above its own: %s", async (path, line) => {
    expect(await lint(path, `${line}\nexport const x = 1;\n`)).toContain("no-restricted-imports");
  });

  it.each([
    ["src/core/kinds/probe.ts", 'import { parseCode } from "../codes/codes";'],
    ["src/core/check/probe.ts", 'import { RULES } from "../rules/registry";'],
    ["src/core/port/probe.ts", 'import { buildPlan } from "../plan/buildPlan";'],
    ["src/core/kinds/probe.ts", 'import { monthCount } from "../detect/columnMap";'],
  ])("inside src/core, %s may import a lower floor: %s", async (path, line) => {
    expect(await lint(path, `${line}\nexport const x = 1;\n`)).not.toContain(
      "no-restricted-imports"
    );
  });
});
