import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { runCli } from "./runCli";
import { FUNCTIONS } from "../../src/core/planFunctions/registry";

describe("semaforo CLI", () => {
  it("--help prints Spanish usage and exits 0", async () => {
    const r = await runCli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Uso: semaforo");
    expect(r.stdout).toContain("Órdenes");
  });

  it("an unknown command exits 2 with a Spanish message", async () => {
    const r = await runCli("borrar");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Orden desconocida: «borrar»");
  });

  it.each([
    [["AVANCE_TIPO1", "42.72", "46.36"], "92.15"],
    [["SEMAFORO", "48", "CEPLAN_SEMESTRAL"], "Regular"],
    [["AVANCE_TIPO1", "1,295.60", "3,047.00"], "42.52"],
    [["AVANCE_TIPO1", "760", "855", "No definido"], "100"],
    [["AVANCE_TIPO1", "35", "9", "", "FALSO"], "388.89"],
    [["PROMEDIO_AVANCE", "66.67;0;0;0"], "16.67"],
    [["EJECUCION", "0;0;1;0;0", "1;0;1;0;0"], "200"],
    [["SEMAFORO", "79.5", "Bajo=0;Medio=80;Alto=91"], "Bajo"],
    [["CONTAR_NIVEL", "10;40;60;", "Sin dato"], "1"],
    [["plan.acumular", "1;2;3", "ultimo"], "3"],
    [["AVANCE_TIPO1", "", "10"], "(sin dato)"],
  ])("calc %j prints %s", async (args, expected) => {
    const r = await runCli("calc", ...args);
    expect(r.stdout).toBe(expected);
    expect(r.code).toBe(0);
  });

  it("an error result prints the Excel error and the Spanish reason, exit 1", async () => {
    const r = await runCli("calc", "AVANCE_TIPO2", "3", "4", "4");
    expect(r.stdout).toBe(
      "#N/A Avance Tipo II no calculable: el logro esperado es igual a la línea base."
    );
    expect(r.code).toBe(1);
  });

  it("bad usage of calc exits 2 and says what was expected", async () => {
    const unknown = await runCli("calc", "AVANCE_TIPO3", "1");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Función desconocida");
    const missing = await runCli("calc", "AVANCE_TIPO1", "1");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("espera de 2 a 4 argumentos");
  });

  it("bin/semaforo.js runs the compiled CLI (built by npm install through «prepare»)", () => {
    const root = resolve(__dirname, "../..");
    if (!existsSync(resolve(root, "lib/cli/main.js"))) {
      execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: root });
    }
    const r = spawnSync(process.execPath, ["bin/semaforo.js", "--help"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Uso: semaforo");
  });
});

describe("every example in the functions registry", () => {
  it.each(FUNCTIONS.flatMap((f) => f.examples.map((e) => [f.name, e] as const)))(
    "%s %j prints its stated result",
    async (name, example) => {
      const r = await runCli("calc", name, ...example.args);
      expect(r.stdout).toBe(example.result);
    }
  );
});
