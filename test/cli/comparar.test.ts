import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CutComparison } from "../../src/core/compare/compareCuts";
import { runCli } from "./runCli";
import { CUT_FEBRUARY, CUT_MAY, exportSheet, writeSheetsXlsx } from "../support/cutFixtures";

interface CheckJson {
  files: {
    sheets: {
      matrices: {
        kind: string;
        results: { code: string; value: number | null; level: string }[];
      }[];
    }[];
  }[];
}

const dir = mkdtempSync(join(tmpdir(), "semaforo-cortes-"));
const FEB = join(dir, "poi-febrero.xlsx");
const MAY = join(dir, "poi-mayo.xlsx");

async function resultsOf(file: string, ...options: string[]) {
  const r = await runCli("check", file, "--json", ...options);
  const json = JSON.parse(r.stdout) as CheckJson;
  const matrices = json.files[0]!.sheets.flatMap((s) => s.matrices);
  expect(matrices.map((m) => m.kind)).toEqual(["poi-export"]);
  return new Map(matrices[0]!.results.map((x) => [x.code, x]));
}

describe("semaforo comparar on two cuts of the Aplicativo's POI export", () => {
  let cmp: CutComparison;
  let feb: Awaited<ReturnType<typeof resultsOf>>;
  let may: Awaited<ReturnType<typeof resultsOf>>;
  beforeAll(async () => {
    await writeSheetsXlsx([exportSheet("POI", CUT_FEBRUARY)], FEB);
    await writeSheetsXlsx([exportSheet("POI", CUT_MAY)], MAY);
    const r = await runCli("comparar", FEB, MAY, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    cmp = JSON.parse(r.stdout) as CutComparison;
    feb = await resultsOf(FEB);
    may = await resultsOf(MAY);
  });

  it("lists exactly the new and the removed AO", () => {
    expect(cmp.nuevos.map((n) => n.codigo)).toEqual(["AOI00012700435"]);
    expect(cmp.retirados.map((n) => n.codigo)).toEqual(["AOI00012700434"]);
  });

  it("lists exactly the changed AO, worse first, and marks the two reprogrammed", () => {
    expect(cmp.cambios.map((c) => [c.codigo, c.direccion, c.reprogramado])).toEqual([
      ["AOI00012700429", "empeoro", false],
      ["AOI00012700433", "mejoro", false],
      ["AOI00012700431", "mejoro", true],
      ["AOI00012700428", "mejoro", true],
    ]);
    const reprogrammed = cmp.cambios.filter((c) => c.reprogramado);
    expect(reprogrammed.map((c) => c.posicionesReprogramadas)).toEqual([
      [3, 4, 5],
      [3, 5],
    ]);
    // The AO with 100 % in both cuts and the no-acumulado AO at 100 % are not changes.
    expect(cmp.sinCambios).toBe(2);
  });

  it("each value and level is the one `check` reports on its own cut", () => {
    expect(cmp.cambios.length).toBeGreaterThan(0);
    for (const c of cmp.cambios) {
      expect(c.antes.valor, c.codigo).toBe(feb.get(c.codigo)?.value);
      expect(c.antes.nivel, c.codigo).toBe(feb.get(c.codigo)?.level);
      expect(c.ahora.valor, c.codigo).toBe(may.get(c.codigo)?.value);
      expect(c.ahora.nivel, c.codigo).toBe(may.get(c.codigo)?.level);
    }
    expect(cmp.nuevos[0]?.ahora.valor).toBe(may.get("AOI00012700435")?.value);
    expect(cmp.retirados[0]?.antes.valor).toBe(feb.get("AOI00012700434")?.value);
    // February is measured to February and May to May: 990/1000 and 2050/2500.
    expect(cmp.cambios[0]?.antes.valor).toBe(99);
    expect(cmp.cambios[0]?.ahora.valor).toBe(82);
  });

  it("takes check's measuring options: capped and annual, each cut equals check with them", async () => {
    const options = ["--con-tope", "--periodo", "anual"];
    const r = await runCli("comparar", FEB, MAY, "--json", ...options);
    expect(r.code).toBe(0);
    const capped = JSON.parse(r.stdout) as CutComparison;
    const [febCapped, mayCapped] = [
      await resultsOf(FEB, ...options),
      await resultsOf(MAY, ...options),
    ];
    expect(capped.cambios.length).toBeGreaterThan(0);
    for (const c of capped.cambios) {
      expect(c.antes.valor, c.codigo).toBe(febCapped.get(c.codigo)?.value);
      expect(c.ahora.valor, c.codigo).toBe(mayCapped.get(c.codigo)?.value);
      expect(c.ahora.nivel, c.codigo).toBe(mayCapped.get(c.codigo)?.level);
    }
  });

  it("prints the changes grouped by direction in text, worst first", async () => {
    const r = await runCli("comparar", FEB, MAY);
    expect(r.code).toBe(0);
    const empeoro = r.stdout.indexOf("Empeoró (1):");
    const mejoro = r.stdout.indexOf("Mejoró (3):");
    expect(empeoro).toBeGreaterThan(0);
    expect(mejoro).toBeGreaterThan(empeoro);
    expect(r.stdout).toMatch(/AOI00012700429 {2}POI!\S+ {2}99 % \S+ → 82 % \S+ {2}\(-17\)/);
    expect(r.stdout).toMatch(
      /AOI00012700428 .*Sin dato → 100 % .*reprogramado: F\(RE\) de marzo y mayo$/m
    );
    expect(r.stdout).toContain("Nuevos (1):");
    expect(r.stdout).toContain("Retirados (1):");
  });

  it("writes a sheet with arrows and levels in the semáforo colours", async () => {
    const out = join(dir, "comparacion.xlsx");
    const r = await runCli("comparar", FEB, MAY, "--formato", "xlsx", "-o", out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Comparación")!;
    const rows = [4, 5, 6, 7, 8, 9].map((n) => ws.getRow(n));
    expect(rows.map((row) => [row.getCell(1).value, row.getCell(3).value])).toEqual([
      ["▼", "AOI00012700429"],
      ["▲", "AOI00012700433"],
      ["▲", "AOI00012700431"],
      ["▲", "AOI00012700428"],
      ["✚", "AOI00012700435"],
      ["✖", "AOI00012700434"],
    ]);
    const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill(rows[0]!.getCell(1))).toBe("FFFFC7CE");
    expect(fill(rows[1]!.getCell(1))).toBe("FFC6EFCE");
    // Levels keep their own colours: 99 % Bueno (green) became 82 % Regular (yellow).
    expect(fill(rows[0]!.getCell(7))).toBe("FFC6EFCE");
    expect(fill(rows[0]!.getCell(9))).toBe("FFFFEB9C");
    expect(rows[0]!.getCell(8).value).toBe(82);
    expect(rows[2]!.getCell(12).value).toBe("F(RE) de marzo, abril y mayo");
  });

  it("refuses to write over one of the cuts and needs -o for xlsx", async () => {
    const over = await runCli("comparar", FEB, MAY, "--formato", "xlsx", "-o", MAY);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("es uno de los cortes");
    const missing = await runCli("comparar", FEB, MAY, "--formato", "xlsx");
    expect(missing.code).toBe(2);
    const empty = join(dir, "vacio.xlsx");
    await writeSheetsXlsx([{ name: "Notas", rows: [["Sin matriz"]], merges: [] }], empty);
    const none = await runCli("comparar", empty, MAY);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("vacio.xlsx: no se encontró ninguna matriz con resultados");
  });
});
