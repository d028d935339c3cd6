import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { KIND_IDS } from "../../src/core/kinds/kindIds";

const CORE = resolve(__dirname, "../../src/core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

const outsideKinds = files(CORE).filter((f) => !relative(CORE, f).startsWith("kinds/"));

describe("kinds own their identity", () => {
  it("no kind id appears in src/core outside src/core/kinds", () => {
    const ids = [...KIND_IDS, "pei-", "poi-"].map((id) => `"${id}`);
    const found = outsideKinds.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return ids.filter((id) => text.includes(id)).map((id) => `${relative(CORE, f)}: ${id}`);
    });
    expect(found).toEqual([]);
  });

  it("no rule imports from src/core/kinds", () => {
    const rules = outsideKinds.filter((f) => relative(CORE, f).startsWith("rules/"));
    const found = rules.filter((f) => /from "\.\.\/kinds\//.test(readFileSync(f, "utf8")));
    expect(found.map((f) => relative(CORE, f))).toEqual([]);
  });
});
