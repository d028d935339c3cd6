import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createRule, type PlanRule } from "../../src/core/rules/context";
import { RULES } from "../../src/core/rules/registry";

const DIR = resolve(__dirname, "../../src/core/rules");
/** Every file of src/core/rules that declares a rule with createRule. */
const ruleFiles = readdirSync(DIR).filter(
  (f) => f.endsWith(".ts") && /=\s*createRule\(/.test(readFileSync(resolve(DIR, f), "utf8"))
);

describe("rule files", () => {
  it("finds the rule files", () => {
    expect(ruleFiles.length).toBeGreaterThan(30);
  });

  it.each(ruleFiles)("%s is registered in RULES", async (file) => {
    const module = (await import(resolve(DIR, file))) as Record<string, unknown>;
    const rules = Object.values(module).filter(
      (v): v is PlanRule => typeof v === "object" && v !== null && "meta" in v && "check" in v
    );
    expect(rules.length, `${file} exports no rule`).toBeGreaterThan(0);
    for (const rule of rules) expect(RULES, `${rule.meta.id} is not in RULES`).toContain(rule);
  });

  it("types message ids: a report with an id the meta does not declare does not compile", () => {
    const rule = createRule({
      meta: {
        id: "X1.prueba",
        severity: "info",
        on: ["matriz"],
        description: "Regla de prueba",
        messages: { uno: "Uno {n}." },
        example: "Uno 1.",
        fix: "Nada.",
      },
      check(ctx) {
        ctx.report({ cell: "A1", messageId: "uno" });
        // @ts-expect-error "dos" is not a message id of this rule (typecheck fails if it compiles).
        ctx.report({ cell: "A2", messageId: "dos" });
      },
    });
    const seen: string[] = [];
    rule.check({ report: (r: { messageId: string }) => seen.push(r.messageId) } as never);
    expect(seen).toEqual(["uno", "dos"]);
  });
});
