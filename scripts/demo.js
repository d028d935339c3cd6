#!/usr/bin/env node
// `npm run demo`: the main job on the bundled samples (real data of Lares and EMSAPUNO):
// 1. `semaforo check samples/` — detects and validates every matrix, with findings at their cells;
// 2. `semaforo apply` — evaluated copies in out/ (formulas, semáforos, summary);
// 3. the PLAN functions on the Lares PEI 2025-Sem1 (seed 003): avance, semáforo, average, counts.
"use strict";
const { execFileSync, spawnSync } = require("node:child_process");
const path = require("node:path");
const data = require("../test/fixtures/lares-pei-2025-sem1.json");

const root = path.resolve(__dirname, "..");
const cli = (...args) => {
  try {
    return execFileSync(process.execPath, ["bin/semaforo.js", ...args], {
      cwd: root,
      encoding: "utf8",
    }).trim();
  } catch (error) {
    return String(error.stdout || error.message).trim();
  }
};

console.log("═══ 1. semaforo check samples/ --max-hallazgos 3 ═══\n");
const check = spawnSync(
  process.execPath,
  ["bin/semaforo.js", "check", "samples", "--max-hallazgos", "3"],
  {
    cwd: root,
    encoding: "utf8",
  }
);
process.stdout.write(check.stdout);
if (check.status === 2) {
  process.stderr.write(check.stderr);
  process.exit(1);
}
console.log(
  `(código de salida ${check.status}: ${check.status === 1 ? "hay errores en las matrices" : "sin errores"})\n`
);
console.log("═══ 2. semaforo apply: avances, semáforos y resumen en copias de los libros ═══\n");
for (const [input, mode] of [
  ["lares-pei-2025-s1.xlsx", "nativas"],
  ["lares-pei-2025-s1.xlsx", "personalizadas"],
]) {
  const output = path.join("out", input.replace(".xlsx", `-${mode}.xlsx`));
  require("node:fs").mkdirSync(path.join(root, "out"), { recursive: true });
  console.log(`$ semaforo apply samples/${input} -o ${output} --formulas ${mode} --resumen`);
  console.log(
    cli("apply", path.join("samples", input), "-o", output, "--formulas", mode, "--resumen")
  );
}
console.log(
  "(Abra los libros de out/ en Excel o LibreOffice: columna «Avance calculado», colores y hoja «Resumen Semáforo».)\n"
);
console.log("═══ 3. Funciones PLAN sobre el PEI de Lares ═══\n");
console.log(`Semáforo — demostración con ${data.institution}, ${data.period}`);
console.log(`Fuente: ${data.source}\n`);
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `${pad("AEI", 11)}${pad("LE", 10)}${pad("VO", 10)}${pad("Avance", 9)}${pad("Semáforo", 10)}Impreso`
);
const avances = [];
for (const row of data.rows) {
  const sentido = row.sentido === "No Definido" ? "No definido" : "Ascendente";
  const avance = cli("calc", "AVANCE_TIPO1", row.voText, row.leText, sentido);
  const nivel = cli("calc", "SEMAFORO", avance, "CEPLAN_SEMESTRAL");
  avances.push(avance);
  const note =
    Number(avance) === row.printed ? "" : `  ← impreso ${row.printed} (ver ceplan.md §2.8)`;
  console.log(
    `${pad(row.code, 11)}${pad(row.leText, 10)}${pad(row.voText, 10)}${pad(avance, 9)}${pad(nivel, 10)}${row.printed}${note}`
  );
}
const list = avances.join(";");
const promedio = cli("calc", "PROMEDIO_AVANCE", list);
const why =
  Number(promedio) === data.printedAverage ? "" : "; la diferencia es AEI.06.01, impresa como 100";
console.log(
  `\nAvance promedio de AEI: ${promedio} (el informe imprime ${data.printedAverage}${why})`
);
for (const escala of ["CEPLAN_SEMESTRAL", "CEPLAN_ANUAL"]) {
  const counts = ["Malo", "Regular", "Bueno"].map(
    (n) => `${n} ${cli("calc", "CONTAR_NIVEL", list, n, escala)}`
  );
  console.log(`${escala}: ${counts.join(" · ")}`);
}
console.log("\nPruebe usted: node bin/semaforo.js calc AVANCE_TIPO1 42.72 46.36");
