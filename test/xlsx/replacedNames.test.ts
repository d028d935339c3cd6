import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import { APPLY_DEFAULTS } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { runCli } from "../cli/runCli";
import { partsOf, withPart } from "./support/parts";

const LIBRO: PlanOptions = { ...APPLY_DEFAULTS, mode: "libro" };
const THEIRS = '<definedName name="AVANCE_TIPO1" comment="mío">42</definedName>';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-nombres-"));
  input = join(dir, "con-nombre.xlsx");
  const withName = await withPart(samplePath("lares-pei-2025-s1.xlsx"), "xl/workbook.xml", (xml) =>
    xml.includes("</definedNames>")
      ? xml.replace("</definedNames>", `${THEIRS}</definedNames>`)
      : xml.replace(/(<calcPr|<\/workbook>)/, `<definedNames>${THEIRS}</definedNames>$1`)
  );
  writeFileSync(input, withName);
});

describe("a planner's name replaced with --reemplazar-nombres", () => {
  it("comes back exactly on quitar, also after applying twice", async () => {
    const once = join(dir, "reemplazado.xlsx");
    await applyToXlsx(input, once, LIBRO, ["AVANCE_TIPO1"]);
    const written = (await partsOf(once)).get("xl/workbook.xml")!.toString();
    expect(written).not.toContain(THEIRS);
    expect(written).toMatch(/<definedName name="AVANCE_TIPO1" comment="Avance Tipo I/);
    const twice = join(dir, "reemplazado-dos.xlsx");
    await applyToXlsx(once, twice, LIBRO, ["AVANCE_TIPO1"]);
    const back = join(dir, "devuelto.xlsx");
    await removeFromXlsx(twice, back);
    const original = (await partsOf(input)).get("xl/workbook.xml")!;
    expect((await partsOf(back)).get("xl/workbook.xml")!.toString()).toBe(original.toString());
  });

  it("a kept name is not listed as defined by apply", async () => {
    const r = await runCli(
      "apply",
      input,
      "-o",
      join(dir, "conservado.xlsx"),
      "--formulas",
      "libro"
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Funciones del libro definidas: LEER_NUMERO, PROMEDIO_AVANCE.");
    expect(r.stdout).toContain("El libro ya tiene un nombre «AVANCE_TIPO1»");
  });
});
