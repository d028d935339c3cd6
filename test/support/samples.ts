import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** Path of a bundled sample workbook; builds samples/ (as `npm install` does) when missing. */
export function samplePath(name: string): string {
  const path = resolve(ROOT, "samples", name);
  if (!existsSync(path)) {
    if (!existsSync(resolve(ROOT, "lib/core/numbers/parseNumber.js"))) {
      execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT });
    }
    execFileSync(process.execPath, ["scripts/build-samples.js"], { cwd: ROOT });
  }
  return path;
}
