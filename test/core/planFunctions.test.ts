import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { PLAN_FUNCTIONS, PLAN_RUNNERS } from "../../src/core/planFunctions/registry";
import type { FunctionParam, PlanFunction } from "../../src/core/planFunctions/types";
import type { Grid } from "../../src/core/grid/grid";
import { isPlanError } from "../../src/core/errors";

const DIR = resolve(__dirname, "../../src/core/planFunctions");
/** The folder's shared modules; every other file declares one PLAN function. */
const SHARED = ["registry.ts", "runner.ts", "types.ts", "workbookFunctions.ts", "libroMode.ts"];

/** How the help text writes a default: VERDADERO / FALSO, or the word itself. */
const shown = (value: boolean | string) =>
  value === true ? "VERDADERO" : value === false ? "FALSO" : value;

/** An example argument as cells, as `semaforo calc` reads it ("1;2;3" is a row). */
const gridOf = (text: string, p: FunctionParam): Grid | null =>
  text === "" && p.optional ? null : p.kind === "serie" ? [text.split(";")] : [[text]];

describe("PLAN function files", () => {
  it("are all registered, one function per file, under the file's own name", async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !SHARED.includes(f));
    const declared: string[] = [];
    for (const file of files) {
      const mod = (await import(resolve(DIR, file))) as Record<string, unknown>;
      const fns = Object.values(mod).filter(
        (v): v is PlanFunction => typeof v === "object" && v !== null && "spec" in v && "run" in v
      );
      expect(fns, file).toHaveLength(1);
      const fn = fns[0] as PlanFunction;
      expect(PLAN_FUNCTIONS as readonly PlanFunction[], file).toContain(fn);
      expect(file, fn.spec.name).toBe(
        `${fn.spec.name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}.ts`
      );
      declared.push(fn.spec.name);
    }
    expect(declared.sort()).toEqual(PLAN_FUNCTIONS.map((f) => f.spec.name).sort());
  });

  it("name each parameter's default in its help text, and only defaults they declare", () => {
    for (const { spec } of PLAN_FUNCTIONS) {
      for (const p of spec.params) {
        const where = `${spec.name}.${p.name}`;
        if (p.default === undefined) continue;
        expect(p.optional, where).toBe(true);
        expect(p.help, where).toMatch(/predeterminado/i);
        expect(p.help, where).toContain(shown(p.default));
      }
    }
  });

  it("compute with an omitted argument what they compute with its default typed in", () => {
    let compared = 0;
    for (const { spec } of PLAN_FUNCTIONS) {
      spec.params.forEach((p, at) => {
        if (p.default === undefined) return;
        for (const example of spec.examples) {
          const args = spec.params.map((q, i) => {
            const text = example.args[i];
            return text === undefined ? null : gridOf(text, q);
          });
          if (args[at] !== null) continue;
          const omitted = PLAN_RUNNERS[spec.name](...args);
          const typed = [...args];
          typed[at] = [[p.default as unknown]];
          const blank = [...args];
          blank[at] = [[" "]];
          expect(PLAN_RUNNERS[spec.name](...typed), `${spec.name}.${p.name}`).toEqual(omitted);
          expect(PLAN_RUNNERS[spec.name](...blank), `${spec.name}.${p.name}`).toEqual(omitted);
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it("keep a default that changes the result: the other value computes otherwise", () => {
    // AVANCE_TIPO1 above 100 %: the default tope (VERDADERO) caps it, FALSO does not.
    const run = PLAN_RUNNERS.AVANCE_TIPO1;
    expect(run([[120]], [[100]], null, null)).toEqual([[100]]);
    expect(run([[120]], [[100]], null, [[false]])).toEqual([[120]]);
    // EJECUCION's default tope is FALSO: over-execution shows.
    expect(PLAN_RUNNERS.EJECUCION([[1]], [[2]], null, null, null)).toEqual([[200]]);
  });

  it("give each cell the first error in parameter order, an option of one cell included", () => {
    const { AVANCE_TIPO1 } = PLAN_RUNNERS;
    const message = (x: unknown) => (isPlanError(x) ? x.message : x);
    // A bad sentido typed once: every cell takes its error, unless an earlier argument fails first.
    const out = AVANCE_TIPO1([[40], ["doce"], [null]], [[50], [10], [10]], [["Lateral"]], null);
    expect(out.map((row) => message(row[0]))).toEqual([
      expect.stringContaining("Lateral"),
      expect.stringContaining("«doce»"),
      expect.stringContaining("Lateral"),
    ]);
    // The same sentido typed per cell reads the same, cell by cell.
    const perCell = AVANCE_TIPO1(
      [[40], ["doce"], [null]],
      [[50], [10], [10]],
      [["Lateral"], ["Lateral"], ["Lateral"]],
      null
    );
    expect(perCell.map((row) => message(row[0]))).toEqual(out.map((row) => message(row[0])));
    // A good option read once computes as when typed in every cell.
    expect(AVANCE_TIPO1([[40], [9]], [[50], [10]], [["Descendente"]], [[false]])).toEqual(
      AVANCE_TIPO1(
        [[40], [9]],
        [[50], [10]],
        [["Descendente"], ["Descendente"]],
        [[false], [false]]
      )
    );
  });
});
