import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const files = sourceFiles(SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));

/** Relative imports of a file (type-only ones too), resolved to files. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of (text.get(file) as string).matchAll(/from\s+"(\.[^"]+)"/g)) {
    const base = resolve(dirname(file), m[1] as string);
    const target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((p) => existsSync(p));
    if (target) out.push(target);
  }
  return out;
}

describe("source structure", () => {
  it("has no import circles (type-only imports included)", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "visiting") {
        const loop = path.slice(path.indexOf(f));
        cycles.push([...loop, f].map((p) => relative(SRC, p)).join(" → "));
        return;
      }
      state.set(f, "visiting");
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("keeps every source file under 300 lines", () => {
    const long = files
      .map(
        (f) =>
          [relative(SRC, f), (text.get(f) as string).replace(/\n$/, "").split("\n").length] as const
      )
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });

  it("points at no file outside the repository", () => {
    const outside = files.filter((f) =>
      /ceplan\.md|\bseed \d|shared\/|DEVELOPERS\.md/.test(text.get(f) as string)
    );
    expect(outside.map((f) => relative(SRC, f))).toEqual([]);
  });
});
