import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/runCli";
import { samplePath } from "../support/samples";
import type { CheckReport } from "../../src/core/report/checkReport";
import type { toJsonReport } from "../../src/cli/reportJson";

type JsonDoc = ReturnType<typeof toJsonReport>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-check-"));
  for (const s of [
    "lares-pei-2025-s1.xlsx",
    "emsapuno-poi-2024.xlsx",
    "lares-poi-2025-s1.xlsx",
    "presupuesto-emsapuno-2024.xlsx",
  ]) {
    copyFileSync(samplePath(s), join(dir, s));
  }
});

describe("semaforo check --json", () => {
  it("prints exactly one JSON document listing every sheet, with findings and results", async () => {
    const r = await runCli("check", dir, "--json");
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.files.map((f) => f.file.split("/").pop())).toEqual([
      "emsapuno-poi-2024.xlsx",
      "lares-pei-2025-s1.xlsx",
      "lares-poi-2025-s1.xlsx",
      "presupuesto-emsapuno-2024.xlsx",
    ]);
    const budget = report.files[3]?.sheets;
    expect(budget?.map((s) => [s.name, s.matrices.map((m) => m.kind)])).toEqual([
      ["Ingresos", []],
      ["Egresos", []],
      ["Resolución", []],
      ["Ejecución 2025-S1", ["presupuesto-ejecucion"]],
    ]);
    const tabla3 = report.files[1]?.sheets[0]?.matrices[0];
    expect(tabla3).toMatchObject({ kind: "pei-seguimiento", header: "A4:F5", rows: 62 });
    expect(tabla3?.results.find((x) => x.code === "AEI.03.01")).toEqual({
      code: "AEI.03.01",
      cell: "F18",
      value: 92.15,
      level: "Bueno",
    });
    const g = (tabla3 as unknown as { groups: object[] }).groups[0];
    expect(Object.keys(g ?? {}).sort()).toEqual([
      "cause",
      "cells",
      "count",
      "file",
      "message",
      "ranges",
      "rule",
      "severity",
      "sheet",
    ]);
    expect(report.totals.errors).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });

  it("--escala applies the chosen scale; a group keeps every cell whatever --max-hallazgos says", async () => {
    const r = await runCli(
      "check",
      join(dir, "lares-poi-2025-s1.xlsx"),
      "--json",
      "--escala",
      "INSTITUCIONAL_80_91",
      "--max-hallazgos",
      "3"
    );
    const m = (JSON.parse(r.stdout) as JsonDoc).files[0]?.sheets[0]?.matrices[0];
    expect(m?.scale).toBe("INSTITUCIONAL_80_91");
    const p1 = m?.groups.filter((x) => x.rule === "P1.linea-faltante");
    expect(p1?.map((g) => [g.count, g.cells.length, g.ranges])).toEqual([[23, 23, ["A6:A28"]]]);
  });

  it("totals count every cell of every group, in the summary line and in JSON", async () => {
    const file = join(dir, "lares-poi-2025-s1.xlsx");
    const json = async (max: string) =>
      JSON.parse((await runCli("check", file, "--json", "--max-hallazgos", max)).stdout) as JsonDoc;
    const [all, capped] = [await json("1000"), await json("3")];
    const cells = (r: JsonDoc) =>
      r.files[0]?.sheets[0]?.matrices[0]?.groups.reduce((n, g) => n + g.count, 0);
    expect(cells(all)).toBe(43);
    expect(cells(capped)).toBe(43);
    expect(all.totals).toMatchObject({ errors: 23, warnings: 20, infos: 0 });
    expect(capped.totals).toEqual(all.totals);
    const text = await runCli("check", file, "--max-hallazgos", "3");
    expect(text.stdout).toContain("23 errores, 20 advertencias, 0 avisos.");
  });

  it("human output groups by file, sheet, matrix, rule and cause: one line per group", async () => {
    const r = await runCli("check", join(dir, "lares-poi-2025-s1.xlsx"));
    expect(r.stdout).toContain("Hoja «Seguimiento POI»");
    expect(r.stdout).toContain(
      "P1.linea-faltante — Cada AO tiene su línea PROGRAMADO y su línea EJECUTADO: 23 errores"
    );
    expect(r.stdout).toMatch(/✖ A6:A28 +23 AO sin su línea PROGRAMADO o EJECUTADO \(A6:A28\)\./);
    expect(r.stdout.split("\n").filter((l) => l.includes("✖"))).toHaveLength(1);
    expect(r.stdout).toMatch(/^Resumen: 1 archivo, 1 hoja, 1 matriz; 23 errores/m);
  });

  it("bad usage exits 2 with a Spanish message", async () => {
    expect((await runCli("check")).code).toBe(2);
    const scale = await runCli("check", dir, "--escala", "SEMANAL");
    expect(scale.code).toBe(2);
    expect(scale.stderr).toContain("Escala no reconocida: «SEMANAL»");
    const max = await runCli("check", dir, "--max-hallazgos", "cero");
    expect(max.stderr).toContain("--max-hallazgos debe ser un número entero positivo");
    expect((await runCli("check", dir, "--rapido")).stderr).toContain(
      "Opción desconocida: «--rapido»"
    );
  });
});

describe("unreadable files", () => {
  it("each gets a Spanish reason on stderr naming the file, no stack trace, and the rest is checked", async () => {
    const bad = mkdtempSync(join(tmpdir(), "semaforo-bad-"));
    const good = samplePath("lares-poi-2025-s1.xlsx");
    const xlsx = readFileSync(good);
    const ole = Buffer.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(504).fill(0),
    ]);
    const files: Record<string, Buffer | string> = {
      "vacio.xlsx": Buffer.alloc(0),
      "basura.xlsx": Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)),
      "truncado.xlsx": xlsx.subarray(0, Math.floor(xlsx.length / 2)),
      "protegido.xlsx": Buffer.concat([ole, Buffer.from("EncryptionInfo", "utf16le")]),
      "antiguo.xls": ole,
      "texto.xlsx": "Código;Denominación\nAEI.01.01;Algo\n",
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(bad, name), content);
    copyFileSync(good, join(bad, "bueno.xlsx"));
    const r = await runCli("check", bad, "--json");
    expect(r.code).toBe(2);
    const reasons: Record<string, RegExp> = {
      "vacio.xlsx": /está vacío \(0 bytes\)/,
      "basura.xlsx": /no es un libro de Excel/,
      "truncado.xlsx": /dañado o incompleto/,
      "protegido.xlsx": /protegido con contraseña/,
      "antiguo.xls": /Excel 97-2003/,
      "texto.xlsx": /contenido es texto/,
    };
    for (const [name, reason] of Object.entries(reasons)) {
      const line = r.stderr
        .split("\n")
        .find((l) => l.includes(name) && l.startsWith("No se pudo leer"));
      expect(line, name).toMatch(reason);
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.totals.unreadable).toBe(6);
    expect(
      report.files.find((f) => f.file.endsWith("bueno.xlsx"))?.sheets[0]?.matrices[0]?.kind
    ).toBe("poi-seguimiento");
    expect(r.stderr).toMatch(/\[1\/7\]/); // progress for many files
  });

  it("a missing file is reported, not thrown", async () => {
    const r = await runCli("check", join(dir, "no-existe.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no-existe.xlsx: el archivo no existe.");
  });
});
