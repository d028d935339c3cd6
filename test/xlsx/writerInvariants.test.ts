import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import { APPLY_DEFAULTS, NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { changedParts, partsOf } from "./support/parts";

const MODES: [string, PlanOptions][] = [
  ["personalizadas", APPLY_DEFAULTS],
  ["nativas con resumen", NATIVE_WITH_SUMMARY],
  ["libro", { ...APPLY_DEFAULTS, mode: "libro" }],
];
const SAMPLES = readdirSync(join(__dirname, "../../samples")).filter((f) => f.endsWith(".xlsx"));
/** Parts apply may rewrite in a planner's workbook (new parts are added beside them). */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/workbook\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
/** quitar may drop a calculation chain listing removed formulas (Excel rebuilds it). */
const MAY_DIFFER_AFTER_QUITAR = new Set(["xl/calcChain.xml"]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-invariantes-"));
});

describe.each(SAMPLES)("the surgical writer on %s", (sample) => {
  it.each(MODES)(
    "in mode %s: well-formed parts, nothing else touched, idempotent, quitar exact",
    async (mode, options) => {
      const input = samplePath(sample);
      const base = join(dir, `${sample}-${mode.replace(/\s/g, "-")}`);
      await applyToXlsx(input, `${base}-1.xlsx`, options);
      const [before, once] = [await partsOf(input), await partsOf(`${base}-1.xlsx`)];
      for (const path of changedParts(before, once)) {
        const bytes = once.get(path);
        if (!bytes) continue; // a part taken out
        if (before.has(path)) expect(path).toMatch(MAY_CHANGE);
        if (/\.(xml|rels)$/.test(path))
          expect(XMLValidator.validate(bytes.toString()), path).toBe(true);
      }
      await applyToXlsx(`${base}-1.xlsx`, `${base}-2.xlsx`, options);
      expect(changedParts(once, await partsOf(`${base}-2.xlsx`))).toEqual([]);
      await removeFromXlsx(`${base}-2.xlsx`, `${base}-q.xlsx`);
      const back = changedParts(before, await partsOf(`${base}-q.xlsx`));
      expect(back.filter((p) => !MAY_DIFFER_AFTER_QUITAR.has(p))).toEqual([]);
    }
  );
});
