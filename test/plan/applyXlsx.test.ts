import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import type { PlanOptions } from "../../src/core/plan/writePlan";
import { samplePath } from "../support/samples";
import { runCli } from "../cli/runCli";
import { LARES } from "../fixtures/lares";
import { readCachedValues } from "../support/readCachedValues";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";

const NATIVE: PlanOptions = NATIVE_WITH_SUMMARY;
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const formulaOf = (v: ExcelJS.CellValue) =>
  v && typeof v === "object" && "formula" in v ? v.formula : null;

let dir: string;
let input: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-apply-"));
  input = join(dir, "lares.xlsx");
  copyFileSync(samplePath("lares-pei-2025-s1.xlsx"), input);
});

describe("apply on the Lares PEI sample (.xlsx)", () => {
  it("fills every AEI and indicator avance with the right cached value, leaving the input untouched", async () => {
    const before = sha(input);
    const output = join(dir, "nativas.xlsx");
    const plan = await applyToXlsx(input, output, NATIVE);
    expect(sha(input)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    const ws = (await load(output)).getWorksheet("Tabla 3")!;
    const cached = (await readCachedValues(output)).get("Tabla 3")!;
    expect(ws.getCell("G4").value).toBe("Avance calculado (%)");
    const expected = new Map(
      LARES.rows.flatMap((r) => [
        [r.code, r.printed],
        [r.indicator, r.printed],
      ])
    );
    expected
      .set("AEI.01.02", 88.89)
      .set("IND.01.AEI.01.02", 88.89)
      .set("AEI.06.01", 58)
      .set("IND.01.AEI.06.01", 58);
    let checked = 0;
    ws.eachRow((row) => {
      const code = String(row.getCell(1).value ?? "");
      if (!expected.has(code)) return;
      const g = row.getCell(7).value;
      expect(formulaOf(g), code).toMatch(/^IF\(/);
      expect(cached.get(`G${row.number}`), code).toBe(expected.get(code));
      checked++;
    });
    expect(checked).toBe(60);
  });

  it("writes the summary with the semestral counts 10 / 2 / 18 and the average, as formulas", async () => {
    const output = join(dir, "resumen.xlsx");
    await applyToXlsx(input, output, NATIVE);
    const ws = (await load(output)).getWorksheet("Resumen Semáforo")!;
    const cached = (await readCachedValues(output)).get("Resumen Semáforo")!;
    const rows: { label: string; values: unknown[]; formulas: unknown[] }[] = [];
    ws.eachRow((row) => {
      const values = ["B", "C", "D", "E", "F"].map((c) => cached.get(`${c}${row.number}`));
      const formulas = [2, 3, 4, 5, 6].map((c) => formulaOf(row.getCell(c).value));
      rows.push({ label: String(row.getCell(1).value), values, formulas });
    });
    const total = rows.find((r) => r.label === "Total");
    expect(total?.values.slice(0, 3)).toEqual([10, 2, 18]);
    expect(total?.values[4]).toBe(30);
    expect(total?.formulas[0]).toMatch(/^SUM\(/);
    const oei08 = rows.find((r) => r.label === "OEI.08");
    expect(oei08?.values.slice(0, 3)).toEqual([2, 2, 2]);
    expect(oei08?.formulas[0]).toContain("'Tabla 3'!G");
    const average = rows.find((r) => r.label === "Avance promedio de AEI");
    // Tabla 3 has no sentido column, so AEI.01.02 is 88.89 (not 100) and AEI.06.01 is 58 (printed
    // 100): 1731.42 / 30. The report prints 59.48.
    expect(average?.values[0]).toBe(57.71);
  });

  it("applying twice changes nothing: same cells, same semáforo rules", async () => {
    const once = join(dir, "once.xlsx");
    const twice = join(dir, "twice.xlsx");
    await applyToXlsx(input, once, NATIVE);
    await applyToXlsx(once, twice, NATIVE);
    const [a, b] = [await load(once), await load(twice)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      ws.eachRow((row) =>
        row.eachCell((cell) =>
          expect(other.getCell(cell.address).value, `${ws.name}!${cell.address}`).toEqual(
            cell.value
          )
        )
      );
      const cf = (w: ExcelJS.Worksheet) =>
        (w as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
      expect(cf(other)).toEqual(cf(ws));
    }
  });

  it("a planner's value in a target cell survives and is reported; --forzar overwrites it", async () => {
    // First run writes column G; then the planner types over one of its cells.
    const first = join(dir, "primera.xlsx");
    await applyToXlsx(input, first, NATIVE);
    const edited = join(dir, "editado.xlsx");
    const wb = await load(first);
    wb.getWorksheet("Tabla 3")!.getCell("G7").value = "ver nota";
    await wb.xlsx.writeFile(edited);
    const plan = await applyToXlsx(edited, join(dir, "editado-out.xlsx"), NATIVE);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ sheet: "Tabla 3", cell: "G7", existing: "ver nota" }),
    ]);
    expect(
      (await load(join(dir, "editado-out.xlsx"))).getWorksheet("Tabla 3")!.getCell("G7").value
    ).toBe("ver nota");
    await applyToXlsx(edited, join(dir, "forzado.xlsx"), { ...NATIVE, force: true });
    expect((await readCachedValues(join(dir, "forzado.xlsx"))).get("Tabla 3")?.get("G7")).toBe(0);
  });

  it("custom-function mode stores =PLAN.… the way add-in functions are saved, with cached values", async () => {
    const output = join(dir, "personalizadas.xlsx");
    await applyToXlsx(input, output, { ...NATIVE, mode: "personalizadas", summary: false });
    const ws = (await load(output)).getWorksheet("Tabla 3")!;
    expect(ws.getCell("G21").value).toEqual({
      formula: "_xldudf_PLAN_AVANCE_TIPO1(E21,D21)",
      result: 92.15,
    });
    expect(formulaOf(ws.getCell("G18").value)).toBe("_xldudf_PLAN_PROMEDIO_AVANCE(G21)");
  });
});

describe("semaforo apply (CLI)", () => {
  it("reports what it wrote, in Spanish", async () => {
    const r = await runCli(
      "apply",
      input,
      "-o",
      join(dir, "cli.xlsx"),
      "--formulas",
      "nativas",
      "--resumen"
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("86 fórmulas de avance (nativas)");
    expect(r.stdout).toContain("Hoja «Resumen Semáforo» creada.");
  });

  it("refuses to write over its input, unknown modes, and non-.xlsx inputs", async () => {
    const same = await runCli("apply", input, "-o", input);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("la entrada nunca se modifica");
    const mode = await runCli("apply", input, "-o", join(dir, "x.xlsx"), "--formulas", "magicas");
    expect(mode.stderr).toContain("--formulas debe ser «personalizadas», «nativas» o «libro»");
    const csv = await runCli("apply", join(dir, "datos.csv"), "-o", join(dir, "x.xlsx"));
    expect(csv.stderr).toContain("apply trabaja sobre libros .xlsx");
    expect((await runCli("apply", input)).stderr).toContain("Indique el libro de salida con -o");
  });
});
