import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { samplePath } from "../support/samples";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "semaforo-entradas-"));
const CSV =
  "Código\tDenominación\tLogro Esperado\tValores Obtenidos\nIND.01.AEI.03.01\tx\t46,36\t42,72\n";
const BOM = "\uFEFF";
const firstValue = (stdout: string) =>
  JSON.parse(stdout).files[0].sheets[0].matrices[0].results[0].value as number;

describe("input files saved by Windows tools", () => {
  it.each([
    ["UTF-16LE with a byte-order mark", Buffer.from(BOM + CSV, "utf16le")],
    ["UTF-16BE with a byte-order mark", Buffer.from(BOM + CSV, "utf16le").swap16()],
    ["UTF-16LE without a mark", Buffer.from(CSV, "utf16le")],
  ])("reads a CSV in %s", async (_, bytes) => {
    const file = join(dir, `unicode-${bytes[0]}-${bytes.length}.csv`);
    writeFileSync(file, bytes);
    const r = await runCli("check", file, "--json");
    expect(r.stderr).not.toMatch(/no es un libro/);
    expect(firstValue(r.stdout)).toBe(92.15);
  });

  it("reads --escala and --columnas files saved with a byte-order mark", async () => {
    const scale = join(dir, "escala-bom.json");
    const levels = [
      { etiqueta: "Bajo", minimo: 0 },
      { etiqueta: "Alto", minimo: 50 },
    ];
    writeFileSync(scale, BOM + JSON.stringify({ niveles: levels }));
    const r = await runCli(
      "check",
      samplePath("lares-pei-2025-s1.xlsx"),
      "--json",
      "--escala",
      scale
    );
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.stdout).files[0].sheets[0].matrices[0].levels).toEqual([
      "Bajo",
      "Alto",
      "Sin dato",
    ]);
  });

  it("words a broken JSON file in Spanish, with where it breaks", async () => {
    const bad = join(dir, "roto.json");
    writeFileSync(bad, '{\n  "niveles": [],\n}');
    const r = await runCli("check", samplePath("lares-pei-2025-s1.xlsx"), "--escala", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("roto.json no es un JSON válido (línea 3, columna 1).");
    expect(r.stderr).not.toMatch(/Unexpected|Expected|position/);
  });

  it("says when --columnas names a sheet the workbook does not have", async () => {
    const map = join(dir, "mapa.json");
    const entry = {
      hoja: "Hoja que no existe",
      tipo: "pei-seguimiento",
      encabezado: { desde: 1, hasta: 1 },
      columnas: { A: "codigo", C: "logro:2025", D: "valor:2025" },
    };
    writeFileSync(map, BOM + JSON.stringify([entry]));
    const book = samplePath("lares-pei-2025-s1.xlsx");
    const checked = await runCli("check", book, "--json", "--columnas", map);
    expect(checked.stderr).toContain(
      "--columnas nombra la hoja «Hoja que no existe», que no está en el libro"
    );
    const applied = await runCli("apply", book, "-o", join(dir, "mapa.xlsx"), "--columnas", map);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("Nota: --columnas nombra la hoja «Hoja que no existe»");
  });

  it("refuses a scale of more than five levels, as the task pane does", async () => {
    const six = "A:0,B:20,C:40,D:60,E:80,F:90";
    const r = await runCli(
      "apply",
      samplePath("lares-pei-2025-s1.xlsx"),
      "-o",
      join(dir, "seis.xlsx"),
      "--escala",
      six
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("la escala propia tiene 6 niveles; se admiten de 2 a 5");
    const five = await runCli(
      "check",
      samplePath("lares-pei-2025-s1.xlsx"),
      "--escala",
      "A:0,B:20,C:40,D:60,E:80"
    );
    expect(five.code).not.toBe(2);
  });
});
