import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import { samplePath } from "../support/samples";
import { changedParts, partsOf } from "./support/parts";

const LIBRO: PlanOptions = {
  mode: "libro",
  tope: true,
  scale: { kind: "periodo" },
  period: null,
  summary: false,
  force: false,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-libro-"));
});

describe("apply --formulas libro on a real sample", () => {
  it("defines the workbook functions, writes dynamic-array calls, and quitar gives every part back", async () => {
    const input = samplePath("lares-pei-2025-s1.xlsx");
    const once = join(dir, "una.xlsx");
    const plan = await applyToXlsx(input, once, LIBRO);
    expect(plan.names.map((n) => n.name)).toEqual([
      "LEER_NUMERO",
      "AVANCE_TIPO1",
      "PROMEDIO_AVANCE",
    ]);
    const parts = await partsOf(once);
    const workbook = parts.get("xl/workbook.xml")!.toString();
    expect(workbook).toMatch(
      /<definedName name="AVANCE_TIPO1" comment="Avance Tipo I[^"]*">_xlfn\.LAMBDA\(_xlpm\.valor_obtenido,_xlpm\.logro_esperado,_xlop\.sentido,_xlop\.tope,/
    );
    expect(parts.get("xl/metadata.xml")!.toString()).toContain('fDynamic="1"');
    expect(parts.get("[Content_Types].xml")!.toString()).toContain('PartName="/xl/metadata.xml"');
    const sheets = [...parts.entries()].filter(([p]) => p.startsWith("xl/worksheets/sheet"));
    const calls = sheets.flatMap(([, xml]) => [
      ...xml
        .toString()
        .matchAll(/<c r="([A-Z]+\d+)"[^>]* cm="1"><f t="array" ref="\1">([^<]+)<\/f>/g),
    ]);
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.map((m) => m[2])).toContain("AVANCE_TIPO1(E7,D7)");

    // Applying to its own output gives the same bytes: each name is defined once.
    const twice = join(dir, "dos.xlsx");
    await applyToXlsx(once, twice, LIBRO);
    expect(changedParts(parts, await partsOf(twice))).toEqual([]);
    expect(
      (await partsOf(twice))
        .get("xl/workbook.xml")!
        .toString()
        .match(/name="AVANCE_TIPO1"/g)
    ).toHaveLength(1);

    const back = join(dir, "devuelto.xlsx");
    const removed = await removeFromXlsx(twice, back);
    expect(removed.plan.names).toEqual(["LEER_NUMERO", "AVANCE_TIPO1", "PROMEDIO_AVANCE"]);
    const changed = changedParts(await partsOf(input), await partsOf(back)).filter(
      (p) => p !== "docProps/app.xml" && p !== "xl/calcChain.xml"
    );
    expect(changed).toEqual([]);
  });
});
