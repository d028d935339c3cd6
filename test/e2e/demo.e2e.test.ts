import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { samplePath } from "../support/samples";

// `npm run demo` as a newcomer runs it: it succeeds and every file it names is in the repository
// (or is one of the outputs it just wrote in out/). Its time is printed by the demo itself.
const ROOT = resolve(__dirname, "../..");

describe("npm run demo", () => {
  it("runs in one process and names only files that exist in the repository", () => {
    samplePath("lares-pei-2025-s1.xlsx"); // samples/ is built at install; build it if missing
    const out = execFileSync(process.execPath, ["scripts/demo.js"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out).toContain("Avance promedio de AEI:");
    expect(out).toMatch(/Demostración completa en \d+\.\d s\./);
    expect(out).not.toMatch(/\.\.\/|shared\//);
    const paths = [
      ...out.matchAll(/(?:samples|out|test\/fixtures|bin)\/[\w./-]*\.(?:xlsx|json|js|csv)/g),
    ].map((m) => m[0]);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of new Set(paths)) expect(existsSync(resolve(ROOT, p)), p).toBe(true);
  });
});
