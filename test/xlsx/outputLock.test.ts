import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx } from "../../src/xlsx/applyXlsx";
import { NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { craftedWorkbook, PEI_ROWS } from "./support/craftedWorkbook";

let dir: string;
let input: string;
/** The id of a process that has ended. */
let deadPid: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-lock-"));
  input = join(dir, "entrada.xlsx");
  writeFileSync(input, await craftedWorkbook(`<sheetData>${PEI_ROWS}</sheetData>`));
  deadPid = spawnSync("true").pid as number;
});

describe("the output of apply is written by one process at a time", () => {
  it("removes temporary files of killed processes, keeping those of running ones", async () => {
    const stale = join(dir, `.salida.xlsx.${deadPid}.0badf00d.tmp`);
    const live = join(dir, `.otra.xlsx.${process.pid}.cafebabe.tmp`);
    writeFileSync(stale, "medio archivo");
    writeFileSync(live, "en curso");
    await applyToXlsx(input, join(dir, "salida.xlsx"), NATIVE_WITH_SUMMARY);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it("refuses a second apply to the same output while the first runs", async () => {
    const output = join(dir, "concurrente.xlsx");
    const runs = await Promise.allSettled(
      [1, 2, 3].map(() => applyToXlsx(input, output, NATIVE_WITH_SUMMARY))
    );
    expect(runs.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of runs.filter((r) => r.status === "rejected")) {
      expect(String((r as PromiseRejectedResult).reason)).toMatch(
        /Otro proceso de Semáforo \(número \d+\) está escribiendo «.*concurrente\.xlsx» en este momento/
      );
    }
    expect(readdirSync(dir).filter((f) => f.includes("concurrente.xlsx."))).toEqual([]);
  });

  it("takes over the lock a killed process left", async () => {
    const output = join(dir, "tomada.xlsx");
    writeFileSync(join(dir, ".tomada.xlsx.semaforo-lock"), String(deadPid));
    await applyToXlsx(input, output, NATIVE_WITH_SUMMARY);
    expect(existsSync(output)).toBe(true);
    expect(existsSync(join(dir, ".tomada.xlsx.semaforo-lock"))).toBe(false);
  });
});
