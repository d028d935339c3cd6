import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli";
import { samplePath } from "../support/samples";
import { CUT_MAY, exportSheet, writeSheetsXlsx } from "../support/cutFixtures";

interface CheckJson {
  files: {
    sheets: {
      matrices: {
        results: { level: string }[];
        counts: { errors: number; warnings: number; infos: number };
      }[];
    }[];
  }[];
  totals: { errors: number; warnings: number; infos: number };
}

const samples = join(samplePath("lares-pei-2025-s1.xlsx"), "..");

/** A sheet's rows as arrays of values (1-based columns dropped), header first. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

const plain = (v: unknown) =>
  v !== null && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v;

describe("semaforo consolidar samples/", () => {
  let check: CheckJson;
  let wb: ExcelJS.Workbook;
  let stdout: string;
  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "semaforo-consolidar-")), "consolidado.xlsx");
    const r = await runCli("consolidar", samples, "-o", out);
    expect(r.code).toBe(0);
    stdout = r.stdout;
    check = JSON.parse((await runCli("check", samples, "--json")).stdout) as CheckJson;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  }, 120_000);

  it("one row per matrix; Malo / Regular / Bueno / Sin dato add up to check's levels", () => {
    const rows = rowsOf(wb.getWorksheet("Consolidado")!);
    const header = rows[0] as string[];
    const body = rows.slice(1, -1);
    const total = rows[rows.length - 1]!;
    const matrices = check.files.flatMap((f) => f.sheets.flatMap((s) => s.matrices));
    expect(body).toHaveLength(matrices.length);
    expect(total[0]).toBe("Total");
    const results = matrices.flatMap((m) => m.results);
    expect(results.length).toBeGreaterThan(100);
    for (const level of ["Malo", "Regular", "Bueno", "Sin dato"]) {
      const col = header.indexOf(level);
      expect(col, level).toBeGreaterThan(0);
      const sum = body.reduce((n, r) => n + Number(r[col] ?? 0), 0);
      expect(sum, level).toBe(results.filter((x) => x.level === level).length);
      expect(plain(total[col]), level).toBe(sum);
    }
    for (const [title, key] of [
      ["Errores", "errors"],
      ["Advertencias", "warnings"],
      ["Avisos", "infos"],
    ] as const) {
      const col = header.indexOf(title);
      expect(plain(total[col]), title).toBe(check.totals[key]);
    }
    expect(stdout).toContain(`${check.totals.errors} errores`);
  });

  it("a summary per unit whose totals are the same, and the observations grouped per unit", () => {
    const summary = rowsOf(wb.getWorksheet("Resumen Semáforo")!);
    const header = summary.find((r) => r[0] === "Unidad") as string[];
    const total = summary.find((r) => r[0] === "Total")!;
    const all = check.files
      .flatMap((f) => f.sheets.flatMap((s) => s.matrices))
      .flatMap((m) => m.results);
    expect(total[header.indexOf("Malo")]).toBe(all.filter((x) => x.level === "Malo").length);
    const observations = rowsOf(wb.getWorksheet("Observaciones por unidad")!).slice(1);
    const cells = (severity: string) =>
      observations.filter((r) => r[4] === severity).reduce((n, r) => n + Number(r[5]), 0);
    expect(cells("error")).toBe(check.totals.errors);
    expect(cells("advertencia")).toBe(check.totals.warnings);
    expect(cells("aviso")).toBe(check.totals.infos);
  });
});

describe("the unit of a matrix", () => {
  it("is the UE or unidad orgánica the export names on every row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-consolidar-ue-"));
    await writeSheetsXlsx([exportSheet("POI", CUT_MAY)], join(dir, "poi.xlsx"));
    const out = join(dir, "consolidado.xlsx");
    expect((await runCli("consolidar", join(dir, "poi.xlsx"), "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [header, row] = rowsOf(wb.getWorksheet("Consolidado")!) as string[][];
    expect(row![header!.indexOf("Unidad ejecutora")]).toBe("INSTITUTO NACIONAL MATERNO PERINATAL");
    expect(row![header!.indexOf("Unidad orgánica")]).toBe("DEPARTAMENTO DE CONSULTA EXTERNA");
    const summary = rowsOf(wb.getWorksheet("Resumen Semáforo")!);
    expect(summary.some((r) => r[0] === "DEPARTAMENTO DE CONSULTA EXTERNA")).toBe(true);
  });

  it("an unreadable workbook is an observation row, the others are consolidated (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-consolidar-roto-"));
    await writeSheetsXlsx([exportSheet("POI", CUT_MAY)], join(dir, "a-poi.xlsx"));
    writeFileSync(join(dir, "b-roto.xlsx"), "esto no es un libro");
    const out = join(dir, "salida.xlsx");
    const r = await runCli(
      "consolidar",
      join(dir, "a-poi.xlsx"),
      join(dir, "b-roto.xlsx"),
      "-o",
      out
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("b-roto.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(rowsOf(wb.getWorksheet("Consolidado")!)).toHaveLength(3); // header, the POI, totals
    const observations = rowsOf(wb.getWorksheet("Observaciones por unidad")!);
    const broken = observations.find((row) => row[3] === "archivo-ilegible")!;
    expect(String(broken[1])).toContain("b-roto.xlsx");
    expect(String(broken[7])).toMatch(/^No se pudo leer: /);
  });

  it("is listed in the CLI's help, with its own usage", async () => {
    const help = await runCli("--help");
    expect(help.stdout).toMatch(/^ {2}comparar <anterior> <actual>/m);
    expect(help.stdout).toMatch(/^ {2}consolidar <carpeta> -o <salida>/m);
    expect((await runCli("consolidar", "--help")).stdout).toContain("Uso: semaforo consolidar");
    expect((await runCli("comparar", "--help")).stdout).toContain("Uso: semaforo comparar");
    const noOutput = await runCli("consolidar", samples);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain("Indique el libro de salida con -o consolidado.xlsx.");
  });

  it("refuses an output that is one of the inputs", async () => {
    const r = await runCli("consolidar", samples, "-o", samplePath("lares-pei-2025-s1.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("es uno de los libros a consolidar");
  });
});
