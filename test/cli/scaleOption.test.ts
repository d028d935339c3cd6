import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckReport } from "../../src/core/report/checkReport";
import { samplePath } from "../support/samples";
import { runCli } from "./runCli";

const lares = () => samplePath("lares-pei-2025-s1.xlsx");
const tabla3 = (stdout: string) =>
  (JSON.parse(stdout) as CheckReport).files[0]?.sheets[0]?.matrices[0];

describe("--escala: presets, the institution's own levels, or a JSON file", () => {
  it("levels written on the command line classify with those labels", async () => {
    const r = await runCli(
      "check",
      lares(),
      "--json",
      "--escala",
      "Crítico:0,En proceso:60,Logrado:90"
    );
    const m = tabla3(r.stdout);
    expect(m?.levels).toEqual(["Crítico", "En proceso", "Logrado", "Sin dato"]);
    expect(m?.results.find((x) => x.code === "AEI.03.01")?.level).toBe("Logrado");
    expect(m?.results.find((x) => x.code === "AEI.08.04")?.level).toBe("Crítico");
  });

  it("a JSON scale file is read, and a bad one names the wrong entry in Spanish", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-escala-"));
    const good = join(dir, "escala.json");
    writeFileSync(
      good,
      JSON.stringify({
        niveles: [
          { etiqueta: "Bajo", minimo: 0 },
          { etiqueta: "Alto", minimo: 50 },
        ],
      })
    );
    const ok = await runCli("check", lares(), "--json", "--escala", good);
    expect(tabla3(ok.stdout)?.levels).toEqual(["Bajo", "Alto", "Sin dato"]);
    const bad = join(dir, "mala.json");
    writeFileSync(
      bad,
      JSON.stringify({
        niveles: [
          { etiqueta: "Bajo", minimo: 0 },
          { etiqueta: "Alto", minimo: "50" },
        ],
      })
    );
    const r = await runCli("check", lares(), "--escala", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("niveles › 2 › minimo");
  });

  it("minimums that do not rise are refused before anything is read", async () => {
    const r = await runCli(
      "apply",
      lares(),
      "-o",
      "/tmp/x.xlsx",
      "--escala",
      "Bajo:0,Medio:95,Alto:40"
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("El mínimo del nivel 3 (40) debe ser mayor que el del nivel 2 (95)");
  });
});
