import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { workbookFunctions } from "../../src/core/planFunctions/workbookFunctions";
import {
  insertDefinedNames,
  removeDefinedNames,
  toFileDefinition,
} from "../../src/xlsx/definedNames";
import { samplePath } from "../support/samples";

const SAMPLES = ["lares-poi-2025-s1.xlsx", "lares-pei-2025-s1.xlsx", "emsapuno-poi-2024.xlsx"];

describe("workbook functions on the sample workbooks' workbook.xml", () => {
  it.each(SAMPLES)(
    "%s: defined once, applying twice changes nothing, quitar restores it",
    async (name) => {
      const zip = await JSZip.loadAsync(readFileSync(samplePath(name)));
      const original = await zip.file("xl/workbook.xml")!.async("string");
      const defs = workbookFunctions().map(toFileDefinition);
      const once = insertDefinedNames(original, defs);
      expect(once.added).toHaveLength(defs.length);
      expect(once.xml.indexOf("<definedNames>")).toBeGreaterThan(once.xml.indexOf("</sheets>"));
      expect(once.xml.indexOf("</definedNames>")).toBeLessThan(once.xml.indexOf("<calcPr"));
      const twice = insertDefinedNames(once.xml, defs);
      expect(twice.xml).toBe(once.xml);
      expect(twice.unchanged).toHaveLength(defs.length);
      const removed = removeDefinedNames(twice.xml, defs);
      expect(removed.removed).toHaveLength(defs.length);
      expect(removed.xml).toBe(original);
    }
  );
});
