import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minimalXlsx, PEI_ROWS } from "../check/support/hostileFiles";
import { runCli } from "./runCli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-special-"));
});

describe("a batch meets files that are not regular files", () => {
  it("reports a FIFO and a link to /dev/zero in Spanish and checks the good files", async () => {
    const batch = join(dir, "lote");
    mkdirSync(batch);
    // A FIFO with no writer blocks a plain open forever; /dev/zero never ends.
    execFileSync("mkfifo", [join(batch, "a-tuberia.xlsx")]);
    symlinkSync("/dev/zero", join(batch, "b-cero.csv"));
    writeFileSync(
      join(batch, "c-bueno.xlsx"),
      await minimalXlsx(`<sheetData>${PEI_ROWS}</sheetData>`)
    );
    const r = await runCli("check", batch, "--jsonl");
    const lines = r.stdout.split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].error).toMatch(/tubería con nombre \(FIFO\), no un archivo normal/);
    expect(lines[1].error).toMatch(/dispositivo del sistema/);
    expect(lines[2].sheets[0].matrices[0].results[0].value).toBe(92.15);
    expect(lines[3].totals.unreadable).toBe(2);
    expect(r.code).toBe(2);
  });

  it("apply and quitar refuse a FIFO as input with a Spanish sentence", async () => {
    const fifo = join(dir, "entrada.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const command of ["apply", "quitar"]) {
      const r = await runCli(command, fifo, "-o", join(dir, `${command}.xlsx`));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/tubería con nombre \(FIFO\)/);
    }
  });
});
