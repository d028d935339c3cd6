import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { canFollowEdits, EVENTS_API, REQUIRED_API } from "../../src/excel/requirements";

const ROOT = resolve(__dirname, "../..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const adapter = readdirSync(join(ROOT, "src/excel"))
  .map((f) => readFileSync(join(ROOT, "src/excel", f), "utf8"))
  .join("\n");

describe("requirement sets: what the manifest declares is what the code needs", () => {
  it("the manifest's ExcelApi minimum is the one the adapter checks", () => {
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    expect(declared).toBe(REQUIRED_API);
  });

  it("APIs newer than the declared set are feature-detected where they are used", () => {
    // onChanged (1.9), pageLayout (1.9), triggerSource (1.14): each file using one asks first.
    for (const [api, set] of [
      ["onChanged", EVENTS_API],
      ["pageLayout", "1.9"],
      ["triggerSource", "1.14"],
    ] as const) {
      expect(adapter, api).toContain(api);
      const guarded =
        adapter.includes(`isSetSupported("ExcelApi", "${set}")`) ||
        (set === EVENTS_API && adapter.includes("canFollowEdits"));
      expect(guarded, `${api} needs ExcelApi ${set}`).toBe(true);
    }
  });

  it("live re-validation is offered only from ExcelApi 1.9", () => {
    const upTo = (max: number) => (_: string, v: string) => Number(v.split(".")[1]) <= max;
    expect(canFollowEdits(upTo(8))).toBe(false);
    expect(canFollowEdits(upTo(9))).toBe(true);
  });
});
