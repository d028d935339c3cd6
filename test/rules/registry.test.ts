import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { kindsOfRule } from "../../src/core/check/ruleKinds";
import { RULES } from "../../src/core/rules/registry";

describe("rules registry", () => {
  it("has one rule per id, each with a Spanish description, messages, an example and a fix", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[VNP]\d+\.[a-z0-9-]+$/);
      expect(meta.description.length, meta.id).toBeGreaterThan(10);
      expect(Object.keys(meta.messages).length, meta.id).toBeGreaterThan(0);
      expect(meta.example.length, meta.id).toBeGreaterThan(10);
      expect(meta.fix.length, meta.id).toBeGreaterThan(10);
      expect(meta.on.length, meta.id).toBeGreaterThan(0);
      expect(kindsOfRule(meta).length, `${meta.id} runs on no kind`).toBeGreaterThan(0);
    }
  });

  it.each(RULES.map((r) => r.meta.id))(
    "%s has its own test file with valid and invalid cases",
    (id) => {
      const file = resolve(__dirname, `${id}.test.ts`);
      expect(existsSync(file), `test/rules/${id}.test.ts`).toBe(true);
      const text = readFileSync(file, "utf8");
      expect(text).toMatch(/valid: \[/);
      expect(text).toMatch(/invalid: \[/);
    }
  );
});
