import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/runCli";
import { richWorkbook } from "./support/richWorkbook";
import { changedParts, partsOf } from "./support/parts";

describe("semaforo quitar", () => {
  it("takes out what apply wrote and says what it removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-quitar-"));
    const input = join(dir, "libro.xlsx");
    writeFileSync(input, await richWorkbook());
    const applied = join(dir, "con-semaforo.xlsx");
    const back = join(dir, "sin-semaforo.xlsx");
    const a = await runCli("apply", input, "-o", applied, "--formulas", "nativas", "--resumen");
    expect(a.code, a.stderr).toBe(0);
    const q = await runCli("quitar", applied, "-o", back);
    expect(q.code, q.stderr).toBe(0);
    expect(q.stdout).toMatch(
      /se quitaron 4 celdas en 1 hoja,.*«Resumen Semáforo» y «Semaforo_Ajustes»/
    );
    const changed = changedParts(await partsOf(input), await partsOf(back));
    expect(changed.filter((p) => !/calcChain|app\.xml/.test(p))).toEqual([]);

    const again = await runCli("quitar", back, "-o", join(dir, "otra.xlsx"));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/no tiene nada escrito por Semáforo/);
    expect(existsSync(join(dir, "otra.xlsx"))).toBe(false);
  });

  it("bad usage and unreadable input get Spanish messages and exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-quitar-"));
    const usage = await runCli("quitar", "a.xlsx");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Indique el libro de salida/);
    const zipNotBook = join(dir, "fotos.xlsx");
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("foto.txt", "hola");
    writeFileSync(zipNotBook, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await runCli("quitar", zipNotBook, "-o", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /fotos\.xlsx» es un archivo comprimido \(\.zip\), no un libro de Excel/
    );
  });
});
