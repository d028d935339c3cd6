import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { SETTINGS_SHEET, type PlanOptions } from "../../src/core/plan/writePlan";
import { APPLY_DEFAULTS, NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { partsOf } from "./support/parts";
import { withoutSheet } from "./support/dropSheet";
import { headerBlocks } from "../../src/xlsx/ooxml/recoverBlocks";
import type { SheetData } from "../../src/core/sheet/sheetData";

const NATIVE: PlanOptions = { ...APPLY_DEFAULTS, mode: "nativas" };
const LIBRO: PlanOptions = { ...APPLY_DEFAULTS, mode: "libro" };
const cfRules = (parts: Map<string, Buffer>) =>
  [...parts.entries()]
    .filter(([p]) => p.startsWith("xl/worksheets/sheet"))
    .reduce((n, [, xml]) => n + (xml.toString().match(/<cfRule /g)?.length ?? 0), 0);
const formulaCells = (parts: Map<string, Buffer>) =>
  [...parts.entries()]
    .filter(([p]) => p.startsWith("xl/worksheets/sheet"))
    .flatMap(([p, xml]) =>
      [...xml.toString().matchAll(/<c r="([A-Z]+\d+)"[^>]*><f[\s>]/g)].map((m) => `${p}!${m[1]}`)
    )
    .sort();

/** The package without Semáforo's colour rules (a planner cleared them in Excel). */
async function withoutColourRules(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith("xl/worksheets/sheet"))) {
    const xml = await zip.file(path)!.async("string");
    zip.file(
      path,
      xml.replace(
        /<conditionalFormatting[^>]*>(?:(?!<\/conditionalFormatting>)[\s\S])*?semaforo[\s\S]*?<\/conditionalFormatting>/g,
        ""
      )
    );
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

let dir: string;
let input: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-marcas-"));
  input = samplePath("lares-pei-2025-s1.xlsx");
});

/** Apply, then the settings sheet deleted (a copy, or a file of an older version). */
async function appliedWithoutSettings(name: string, options: PlanOptions): Promise<string> {
  const applied = join(dir, `${name}-aplicado.xlsx`);
  await applyToXlsx(input, applied, options);
  const orphan = join(dir, `${name}-sin-ajustes.xlsx`);
  writeFileSync(orphan, await withoutSheet(applied, SETTINGS_SHEET));
  return orphan;
}

describe("Semáforo's output recognised by its markers, without its settings sheet", () => {
  it("quitar takes out the formulas and colour rules and gives the planner's sheets back", async () => {
    const orphan = await appliedWithoutSettings("quitar", NATIVE);
    const back = join(dir, "quitar-devuelto.xlsx");
    const removed = await removeFromXlsx(orphan, back);
    expect(removed.written).toBe(true);
    expect(removed.plan.sheets).toEqual([]);
    const [before, after] = [await partsOf(input), await partsOf(back)];
    // Without the settings sheet the old extent is unknown: the dimension and the rows' spans
    // stay as wide as apply made them (still true); every other byte comes back.
    const extentless = (xml: Buffer | undefined) =>
      xml
        ?.toString()
        .replace(/<dimension ref="[^"]*"\/>/, "")
        .replace(/ spans="\d+:\d+"/g, "");
    for (const [path, bytes] of before) {
      if (path.startsWith("xl/worksheets/sheet"))
        expect(extentless(after.get(path)), path).toBe(extentless(bytes));
    }
    expect(cfRules(after)).toBe(cfRules(before));
  });

  it("a second apply rewrites the same cells instead of adding a column and more colour rules", async () => {
    const once = await partsOf(join(dir, "quitar-aplicado.xlsx"));
    const orphan = join(dir, "quitar-sin-ajustes.xlsx");
    const again = join(dir, "otra-vez.xlsx");
    await applyToXlsx(orphan, again, NATIVE);
    const twice = await partsOf(again);
    expect(formulaCells(once).length).toBeGreaterThan(10);
    expect(cfRules(twice)).toBe(cfRules(once));
    expect(formulaCells(twice)).toEqual(formulaCells(once));
  });

  it("quitar takes out the workbook functions it defined", async () => {
    const orphan = await appliedWithoutSettings("libro", LIBRO);
    const back = join(dir, "libro-devuelto.xlsx");
    const removed = await removeFromXlsx(orphan, back);
    expect(removed.plan.names).toEqual(["AVANCE_TIPO1", "PROMEDIO_AVANCE"]);
    const workbook = (await partsOf(back)).get("xl/workbook.xml")!.toString();
    expect(workbook).not.toMatch(/definedName name="(AVANCE_TIPO1|PROMEDIO_AVANCE)"/);
  });

  it("keeps a summary it cannot judge and says why, in apply and in quitar", async () => {
    const orphan = await appliedWithoutSettings("resumen", NATIVE_WITH_SUMMARY);
    const why =
      "Sin la hoja «Semaforo_Ajustes» no se puede saber si usted cambió la hoja «Resumen Semáforo»";
    const plan = await applyToXlsx(orphan, join(dir, "resumen-otra-vez.xlsx"), NATIVE_WITH_SUMMARY);
    expect(plan.notes.join(" ")).toContain(why);
    const removed = await removeFromXlsx(orphan, join(dir, "resumen-devuelto.xlsx"));
    expect(removed.notes).toEqual([`${why}: se conservó tal cual.`]);
  });

  it("recognises result columns by their header and formulas when the colour rules are gone too", async () => {
    for (const [name, options, file] of [
      ["sin-reglas", NATIVE, input],
      ["sin-reglas-plan", APPLY_DEFAULTS, input],
      ["sin-reglas-presupuesto", NATIVE, samplePath("presupuesto-emsapuno-2024.xlsx")],
      ["sin-reglas-plan-metas", NATIVE, samplePath("hdr-as-plan-2025.xlsx")],
    ] as const) {
      const applied = join(dir, `${name}-aplicado.xlsx`);
      await applyToXlsx(file, applied, options);
      const orphan = join(dir, `${name}-huerfano.xlsx`);
      writeFileSync(orphan, await withoutColourRules(await withoutSheet(applied, SETTINGS_SHEET)));
      expect(cfRules(await partsOf(orphan))).toBe(cfRules(await partsOf(file)));
      // A second apply rewrites the same cells (no new column beside the old one).
      const again = join(dir, `${name}-otra-vez.xlsx`);
      await applyToXlsx(orphan, again, options);
      const [once, twice] = [await partsOf(applied), await partsOf(again)];
      expect(formulaCells(once).length).toBeGreaterThan(3);
      expect(formulaCells(twice)).toEqual(formulaCells(once));
      expect(cfRules(twice)).toBe(cfRules(once));
      // quitar takes every formula out.
      const back = join(dir, `${name}-devuelto.xlsx`);
      expect((await removeFromXlsx(orphan, back)).written).toBe(true);
      expect(formulaCells(await partsOf(back))).toEqual(formulaCells(await partsOf(file)));
    }
  });

  it("takes only Semáforo's formulas under such a header, never a planner's own", () => {
    const formulas = new Map([
      ["A2", "=B2/C2*100"],
      ["A3", "=B3/C3*100"],
    ]);
    const sheet: SheetData = {
      name: "Hoja",
      rows: [["Avance calculado (%)"], [50], [60], [null], ["Otra tabla"]],
      merges: [],
      formulas,
    };
    expect(headerBlocks(sheet, [])).toEqual([]);
    formulas.set("A2", '=IF(OR(B2="",C2=""),"",IF(C2=0,0,ROUND(MIN(100,B2/C2*100),2)))');
    formulas.set("A3", "=_xldudf_PLAN_AVANCE_TIPO1(B3,C3)");
    expect(headerBlocks(sheet, [])).toEqual(["A2:A3"]);
    // A block the colour rules already gave is not listed twice.
    expect(headerBlocks(sheet, [{ top: 1, left: 0, bottom: 2, right: 0 }])).toEqual([]);
  });
});
