#!/usr/bin/env node
// `npm run bench` (part 5): apply and quitar on crafted workbooks, each in its own process (wall
// time, peak memory from the kernel's maxRSS, exit code and the first line it printed). Goal:
// every case answered under 400 MB, refused with a Spanish message when it is too large.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { hostileXlsx, MATRIX_HEAD } = require("./lib/hostile-xlsx");

const root = path.resolve(__dirname, "..");
const MiB = 2 ** 20;

function matrixRows(from, count) {
  const out = [];
  for (let r = from; r < from + count; r++) {
    out.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>IND.01.AEI.03.${String(r % 100).padStart(2, "0")}</t></is></c><c r="C${r}"><v>${r % 97}</v></c><c r="D${r}"><v>${r % 89}</v></c></row>`
    );
  }
  return out.join("");
}

async function cases(dir) {
  const list = [];
  const spaces = path.join(dir, "espacios-600mb.xlsx");
  await hostileXlsx(spaces, [`<sheetData>${MATRIX_HEAD}`, 600 * MiB, "</sheetData>"]);
  list.push(["hoja con 600 MB de espacios", spaces]);
  const tag = path.join(dir, "espacios-en-etiqueta.xlsx");
  await hostileXlsx(tag, [`<sheetData>${MATRIX_HEAD}<row r="3"`, 300 * MiB, "></row></sheetData>"]);
  list.push(["una etiqueta <row> con 300 MB de espacios", tag]);
  const many = path.join(dir, "filas-300000.xlsx");
  await hostileXlsx(many, `<sheetData>${MATRIX_HEAD}${matrixRows(3, 300_000)}</sheetData>`);
  list.push(["300 000 indicadores", many]);
  const mid = path.join(dir, "filas-60000.xlsx");
  await hostileXlsx(mid, `<sheetData>${MATRIX_HEAD}${matrixRows(3, 60_000)}</sheetData>`);
  list.push(["60 000 indicadores", mid]);
  return list;
}

function measure(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ["--require", path.join(__dirname, "lib/max-rss.js"), ...args],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 }
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = /@@maxrss (\d+)/.exec(r.stderr ?? "");
  const said = `${r.stdout ?? ""}${r.stderr ?? ""}`.replace(/@@maxrss \d+/, "").trim();
  return {
    seconds,
    mib: rss ? Number(rss[1]) / 1024 : NaN,
    code: r.status,
    said: said.split("\n")[0]?.slice(0, 160),
  };
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-bench-apply-"));
  try {
    console.log("apply sobre libros hostiles (meta: < 400 MiB, mensaje en castellano)");
    for (const [label, file] of await cases(dir)) {
      const kib = (fs.statSync(file).size / 1024).toFixed(0);
      const out = path.join(dir, "salida.xlsx");
      const r = measure(["bin/semaforo.js", "apply", file, "-o", out, "--formulas", "nativas"]);
      const ok = r.mib < 400 ? "cumple" : "NO cumple";
      console.log(
        `  ${label} (${kib} KiB): ${r.seconds.toFixed(2)} s, ${r.mib.toFixed(0)} MiB, código ${r.code} ${ok}`
      );
      console.log(`    ${r.said}`);
      fs.rmSync(out, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
