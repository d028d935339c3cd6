import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS } from "../../src/core/planFunctions/registry";
import { writeGeneratedSource } from "./generatedSource";

const GOLDEN = resolve(__dirname, "../golden/functions.json");

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
  }[];
}

async function generate(): Promise<Metadata> {
  // The source the build writes from the specs (FunctionsSourcePlugin), read as the build reads it.
  const result = await generateCustomFunctionsMetadata(writeGeneratedSource(), true);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as Metadata;
}

describe("functions.json metadata", () => {
  it("generates without errors and equals the committed golden file", async () => {
    const generated = await generate();
    // To accept a deliberate signature change: UPDATE_GOLDEN=1 npx vitest run test/functions/metadata.test.ts
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(GOLDEN, `${JSON.stringify(generated, null, 2)}\n`);
    }
    expect(generated).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("the JSDoc Excel reads carries the registry's texts, function by function", async () => {
    const generated = await generate();
    expect(generated.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
    for (const spec of FUNCTIONS) {
      const meta = generated.functions.find((f) => f.id === spec.name);
      expect(meta?.name, spec.name).toBe(spec.name);
      expect(meta?.description, spec.name).toBe(spec.description);
      expect(meta?.helpUrl, spec.name).toBe(`https://localhost:3000/ayuda.html#${spec.name}`);
      expect(
        meta?.parameters.map((p) => ({
          name: p.name,
          help: p.description,
          optional: !!p.optional,
        })),
        spec.name
      ).toEqual(spec.params.map((p) => ({ name: p.name, help: p.help, optional: p.optional })));
    }
  });
});
