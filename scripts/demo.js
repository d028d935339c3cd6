#!/usr/bin/env node
// `npm run demo`: the main job on the bundled samples (real data of Lares and EMSAPUNO), in one
// process (the compiled CLI from lib/ is called as a library, never spawned):
// 1. `semaforo check samples/` — detects and validates every matrix, with findings at their cells;
// 2. `semaforo check --formato xlsx` — the observations report a planner forwards;
// 3. `semaforo apply` — evaluated copies in out/ (formulas, semáforos, summary);
// 4. the PLAN functions on the Lares PEI 2025-Sem1 (test/fixtures/lares-pei-2025-sem1.json).
// Everything it reads is in the repository (samples/ is built from test/fixtures/ at install).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const started = process.hrtime.bigint();
const root = path.resolve(__dirname, "..");
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    console.error("Falta compilar Semáforo: ejecute «npm install» (o «npm run build:cli»).");
    process.exit(2);
  }
  throw error;
}
if (!fs.existsSync(path.join(root, "samples", "lares-pei-2025-s1.xlsx"))) {
  console.error("Faltan los libros de ejemplo: ejecute «npm run build:samples».");
  process.exit(2);
}
const data = require("../test/fixtures/lares-pei-2025-sem1.json");

/** Runs `semaforo …` in this process; returns its exit code and what it printed. */
async function semaforo(args, { echo = true } = {}) {
  const out = [];
  const io = {
    out: (text) => (echo ? console.log(text) : out.push(text)),
    err: (text) => (echo ? console.error(text) : out.push(text)),
  };
  const code = await cli.main(args, io);
  return { code, text: out.join("\n").trim() };
}
const calc = async (...args) => (await semaforo(["calc", ...args], { echo: false })).text;
const rel = (p) => path.relative(process.cwd(), path.join(root, p)) || ".";

async function main() {
  process.chdir(root);
  fs.mkdirSync("out", { recursive: true });

  console.log("═══ 1. semaforo check samples/ --max-hallazgos 3 ═══\n");
  const check = await semaforo(["check", "samples", "--max-hallazgos", "3"]);
  if (check.code === 2) process.exit(1);
  console.log(
    `(código de salida ${check.code}: ${check.code === 1 ? "hay errores en las matrices" : "sin errores"})\n`
  );

  console.log("═══ 2. Informe de observaciones para las unidades orgánicas ═══\n");
  console.log("$ semaforo check samples/ --formato xlsx -o out/observaciones.xlsx");
  await semaforo(["check", "samples", "--formato", "xlsx", "-o", "out/observaciones.xlsx"]);
  console.log("$ semaforo check samples/lares-poi-2025-s1.xlsx --formato lineas  (primeras 3)");
  const lines = await semaforo(["check", "samples/lares-poi-2025-s1.xlsx", "--formato", "lineas"], {
    echo: false,
  });
  console.log(`${lines.text.split("\n").slice(0, 3).join("\n")}\n`);

  console.log("═══ 3. semaforo apply: avances, semáforos y resumen en copias de los libros ═══\n");
  for (const mode of ["nativas", "personalizadas"]) {
    const output = path.join("out", `lares-pei-2025-s1-${mode}.xlsx`);
    console.log(
      `$ semaforo apply samples/lares-pei-2025-s1.xlsx -o ${output} --formulas ${mode} --resumen`
    );
    await semaforo([
      "apply",
      "samples/lares-pei-2025-s1.xlsx",
      "-o",
      output,
      "--formulas",
      mode,
      "--resumen",
    ]);
  }
  console.log(
    `(Abra los libros de ${rel("out")}/ en Excel o LibreOffice: columna «Avance calculado», colores y hoja «Resumen Semáforo».)\n`
  );

  console.log("═══ 4. Funciones PLAN sobre el PEI de Lares ═══\n");
  console.log(`Semáforo — demostración con ${data.institution}, ${data.period}`);
  // The fixture records the seed file it was extracted from, outside the repository: show what the
  // source is, and the repository file the demo reads.
  const source = data.source.replace(/^\S*\/\S*\s*/, "").replace(/^\((.*)\)$/, "$1");
  console.log(`Fuente: ${source}; datos en ${rel("test/fixtures/lares-pei-2025-sem1.json")}\n`);
  const pad = (s, n) => String(s).padEnd(n);
  console.log(
    `${pad("AEI", 11)}${pad("LE", 10)}${pad("VO", 10)}${pad("Avance", 9)}${pad("Semáforo", 10)}Impreso`
  );
  const avances = [];
  for (const row of data.rows) {
    const sentido = row.sentido === "No Definido" ? "No definido" : "Ascendente";
    const avance = await calc("AVANCE_TIPO1", row.voText, row.leText, sentido);
    const nivel = await calc("SEMAFORO", avance, "CEPLAN_SEMESTRAL");
    avances.push(avance);
    const note =
      Number(avance) === row.printed
        ? ""
        : `  ← el informe imprime ${row.printed}; VO/LE da ${avance}`;
    console.log(
      `${pad(row.code, 11)}${pad(row.leText, 10)}${pad(row.voText, 10)}${pad(avance, 9)}${pad(nivel, 10)}${row.printed}${note}`
    );
  }
  const list = avances.join(";");
  const promedio = await calc("PROMEDIO_AVANCE", list);
  const why =
    Number(promedio) === data.printedAverage
      ? ""
      : "; la diferencia es AEI.06.01, impresa como 100";
  console.log(
    `\nAvance promedio de AEI: ${promedio} (el informe imprime ${data.printedAverage}${why})`
  );
  for (const escala of ["CEPLAN_SEMESTRAL", "CEPLAN_ANUAL"]) {
    const counts = [];
    for (const n of ["Malo", "Regular", "Bueno"])
      counts.push(`${n} ${await calc("CONTAR_NIVEL", list, n, escala)}`);
    console.log(`${escala}: ${counts.join(" · ")}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`\nPruebe usted: node bin/semaforo.js calc AVANCE_TIPO1 42.72 46.36`);
  console.log(`(Demostración completa en ${seconds.toFixed(1)} s.)`);
}

main().catch((error) => {
  console.error(
    `Error inesperado en la demostración: ${error && error.message ? error.message : error}`
  );
  process.exit(1);
});
