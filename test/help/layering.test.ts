import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { resolve } from "node:path";

// src/help is pure like src/core (eslint.config.mjs): prove the rule bites there too.
const eslint = new ESLint({
  cwd: resolve(__dirname, "../.."),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { "@typescript-eslint/no-floating-promises": "off" },
  },
});

async function rulesFor(code: string) {
  const [result] = await eslint.lintText(code, {
    filePath: resolve(__dirname, "../../src/help/probe.ts"),
  });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe("src/help layering", () => {
  it.each([
    'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n',
    'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
    'import { main } from "../cli/main";\nexport const x = main;\n',
  ])("cannot import %s", async (code) => {
    expect(await rulesFor(code)).toContain("no-restricted-imports");
  });

  it("may import the core", async () => {
    expect(
      await rulesFor(
        'import { FUNCTIONS } from "../core/planFunctions/registry";\nexport const x = FUNCTIONS;\n'
      )
    ).toEqual([]);
  });
});
