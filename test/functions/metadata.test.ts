import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const GOLDEN = resolve(__dirname, "../golden/functions.json");
const SOURCE = resolve(__dirname, "../../src/functions/functions.ts");
const EXPECTED_IDS = [
  "AVANCE_TIPO1",
  "AVANCE_TIPO2",
  "SENTIDO",
  "ACUMULAR",
  "EJECUCION",
  "SEMAFORO",
  "PROMEDIO_AVANCE",
  "AVANCE_FINANCIERO",
  "CONTAR_NIVEL",
];

describe("functions.json metadata", () => {
  it("generates without errors and equals the committed golden file", async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE, true);
    expect(result.errors).toEqual([]);
    const generated = JSON.parse(result.metadataJson);
    // To accept a deliberate signature change: UPDATE_GOLDEN=1 npx vitest run test/functions/metadata.test.ts
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(GOLDEN, `${JSON.stringify(generated, null, 2)}\n`);
    }
    expect(generated).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("exposes exactly the nine PLAN ids, each with a Spanish description for every parameter", () => {
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as {
      functions: { id: string; description: string; parameters: { description?: string }[] }[];
    };
    expect(golden.functions.map((f) => f.id)).toEqual(EXPECTED_IDS);
    for (const f of golden.functions) {
      expect(f.description.length, f.id).toBeGreaterThan(20);
      expect(f.description, f.id).toMatch(/[áéíóúñ]|avance|valor|nivel/i);
      for (const p of f.parameters) expect(p.description?.length, f.id).toBeGreaterThan(5);
    }
  });
});
