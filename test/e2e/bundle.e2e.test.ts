import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);
const ROOT = resolve(__dirname, "../..");

describe("bundle budget (gzip)", () => {
  it("task pane ≤ 300 KB and functions ≤ 50 KB", () => {
    if (!existsSync(resolve(ROOT, "dist/taskpane.js")))
      execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "ignore" });
    const { bundleSizes } = require(resolve(ROOT, "scripts/bundle-size.js")) as {
      bundleSizes: () => { file: string; gzip: number; budget: number }[];
    };
    const sizes = bundleSizes();
    expect(sizes.map((s) => s.file)).toEqual(["taskpane.js", "functions.js"]);
    for (const s of sizes) expect(s.gzip, s.file).toBeLessThanOrEqual(s.budget);
  });
});
