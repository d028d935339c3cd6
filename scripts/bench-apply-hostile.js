#!/usr/bin/env node
// `npm run bench` (part 5): apply and quitar on crafted workbooks, each in its own process (wall
// time, peak memory from the kernel's maxRSS, exit code and the first line it printed). Goal:
// every case answered under 400 MB, refused with a Spanish message when it is too large; and a
// `check` batch holding a FIFO and a link to /dev/zero finished in under 30 s.
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
  const text = path.join(dir, "texto-300mb.xlsx");
  await hostileXlsx(
    text,
    `<sheetData>${MATRIX_HEAD}<row r="4"><c r="B4" t="s"><v>0</v></c></row></sheetData>`,
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${"A".repeat(300 * MiB)}</t></si></sst>`
  );
  list.push(["un texto compartido de 300 MB", text]);
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

/** A folder with a FIFO named .xlsx, a link to /dev/zero named .csv and the bundled samples. */
function batch(dir) {
  if (process.platform === "win32") return;
  const folder = path.join(dir, "lote");
  fs.mkdirSync(folder);
  spawnSync("mkfifo", [path.join(folder, "tuberia.xlsx")]);
  fs.symlinkSync("/dev/zero", path.join(folder, "cero.csv"));
  for (const f of fs.readdirSync(path.join(root, "samples")))
    fs.copyFileSync(path.join(root, "samples", f), path.join(folder, f));
  const r = measure(["bin/semaforo.js", "check", folder, "--jsonl"]);
  const ok = r.seconds < 30 ? "cumple" : "NO cumple";
  console.log(
    `lote con una FIFO y un enlace a /dev/zero: ${r.seconds.toFixed(2)} s, ${r.mib.toFixed(0)} MiB, código ${r.code} (meta < 30 s) ${ok}`
  );
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-bench-apply-"));
  try {
    console.log("apply sobre libros hostiles (meta: < 400 MiB, mensaje en castellano)");
    for (const [label, file] of await cases(dir)) {
      const kib = (fs.statSync(file).size / 1024).toFixed(0);
      const out = path.join(dir, "salida.xlsx");
      const r = measure(["bin/semaforo.js", "apply", file, "-o", out, "--formulas", "nativas"]);
      const c = measure(["bin/semaforo.js", "check", file, "--jsonl"]);
      const ok = r.mib < 400 ? "cumple" : `NO cumple (check: ${c.mib.toFixed(0)} MiB)`;
      console.log(
        `  ${label} (${kib} KiB): ${r.seconds.toFixed(2)} s, ${r.mib.toFixed(0)} MiB, código ${r.code} ${ok}`
      );
      console.log(`    ${r.said}`);
      fs.rmSync(out, { force: true });
    }
    batch(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
