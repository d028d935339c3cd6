#!/usr/bin/env node
// Adversarial run of the surgical writer: `semaforo apply` in every formula mode, with and
// without «Resumen Semáforo», then `quitar`, on the bundled samples, the hand-written rich
// workbooks (.xlsx and .xlsm) and crafted hostile sheets. Prints a table of figures:
//   - parts outside the touched list kept byte-identical,
//   - quitar byte-identical to the input (per part; calcChain may go),
//   - every written XML part well-formed (fast-xml-parser's XMLValidator),
//   - apply deterministic (same input → same bytes) and idempotent (apply on its own output
//     changes no part),
//   - `check` on every file (input, outputs) never crashes,
//   - LibreOffice opens one output per workbook (`--sin-libreoffice` skips it).
// Run with `npm run build:cli && node scripts/adversarial-apply.js` (the CLI in lib/ is used).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const JSZip = require("jszip");
const ts = require("typescript");
const { XMLValidator } = require("fast-xml-parser");
const { hostileWorkbooks } = require("./lib/adversarial-workbooks");

const root = path.resolve(__dirname, "..");
const cli = require(path.join(root, "lib/cli/main.js"));

const MODES = [
  ["personalizadas"],
  ["personalizadas", "--resumen"],
  ["nativas"],
  ["nativas", "--resumen"],
  ["libro"],
  ["libro", "--resumen"],
];
/**
 * Parts apply may rewrite in a planner's workbook (new parts are added beside them); with
 * `--formulas libro` also the cell metadata (dynamic-array calls).
 */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/workbook\.xml|xl\/worksheets\/sheet\d+\.xml|docProps\/app\.xml)$/;
const MAY_CHANGE_LIBRO = /^xl\/metadata\.xml$/;
/** New parts apply may add: the settings and summary sheets, their rels, chart and drawing. */
const MAY_ADD =
  /^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|charts\/|drawings\/|metadata\.xml$)/;
/** quitar may drop a calculation chain listing removed formulas (Excel rebuilds it). */
const MAY_DIFFER_AFTER_QUITAR = new Set(["xl/calcChain.xml"]);

/** Runs the CLI in this process, its output captured; a throw is a crash. */
async function run(args) {
  const out = [];
  const [w1, w2] = [process.stdout.write, process.stderr.write];
  process.stdout.write = process.stderr.write = (chunk) => (out.push(String(chunk)), true);
  try {
    const code = await cli.main(args);
    return { code, text: out.join(""), crash: null };
  } catch (error) {
    return {
      code: -1,
      text: out.join(""),
      crash: String(error && error.stack ? error.stack : error),
    };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

async function partsOf(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map();
  for (const [p, entry] of Object.entries(zip.files))
    if (!entry.dir) out.set(p, await entry.async("nodebuffer"));
  return out;
}

/** `<f>` elements in the package's worksheets, outside comments, CDATA and processing instructions. */
function formulaCount(parts) {
  let n = 0;
  for (const [p, bytes] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(p)) continue;
    const text = bytes
      .toString("utf8")
      .replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, "");
    n += (text.match(/<(?:[\w.-]+:)?f[\s>/]/g) ?? []).length;
  }
  return n;
}

function changedParts(a, b) {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p).equals(b.get(p))).sort();
}

/** The rich workbooks of test/xlsx/support/richWorkbook.ts, transpiled on the fly. */
async function richWorkbooks(dir) {
  const source = fs.readFileSync(path.join(root, "test/xlsx/support/richWorkbook.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  }).outputText;
  // Compiled as a module of this script, so it finds jszip in the project's node_modules.
  const mod = new module.constructor(path.join(__dirname, "richWorkbook.ts"), module);
  mod.paths = module.paths;
  mod._compile(js, mod.id);
  const { richWorkbook } = mod.exports;
  const a = path.join(dir, "rico.xlsx");
  fs.writeFileSync(a, await richWorkbook());
  const b = path.join(dir, "rico-macros.xlsm");
  fs.writeFileSync(b, await richWorkbook({ macros: true }));
  return [
    ["rico (gráfico, dinámica, comentarios…)", a],
    ["rico .xlsm (VBA)", b],
  ];
}

function libreOfficeOpens(file, dir) {
  const out = path.join(dir, "lo");
  fs.mkdirSync(out, { recursive: true });
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "csv",
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 }
  );
  const csv = path.join(out, path.basename(file).replace(/\.\w+$/, ".csv"));
  return r.status === 0 && fs.existsSync(csv);
}

async function main() {
  const withLibreOffice = !process.argv.includes("--sin-libreoffice");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-adversarial-"));
  const samples = fs
    .readdirSync(path.join(root, "samples"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => [f, path.join(root, "samples", f)]);
  const books = [...samples, ...(await richWorkbooks(dir)), ...(await hostileWorkbooks(dir))];
  const totals = { runs: 0, refused: 0, kept: 0, keptOf: 0, quitar: 0, quitarOf: 0 };
  Object.assign(totals, {
    xml: 0,
    xmlOf: 0,
    det: 0,
    idem: 0,
    crashes: 0,
    checks: 0,
    lo: 0,
    loOf: 0,
  });
  const failures = [];
  const rows = [];
  for (const [label, input] of books) {
    const row = {
      label,
      runs: 0,
      refused: 0,
      kept: "",
      quitar: 0,
      xml: "",
      det: 0,
      idem: 0,
      lo: "-",
    };
    Object.assign(row, { formulas: 0, formulasOf: 0 });
    let [keptOf, kept, xmlOf, xml] = [0, 0, 0, 0];
    const before = await partsOf(input);
    const ext = path.extname(input);
    const crashed = (what, result) => {
      if (!result.crash) return false;
      totals.crashes++;
      failures.push(`${label}: ${what} crashed: ${result.crash}`);
      return true;
    };
    totals.checks++;
    crashed("check", await run(["check", input]));
    for (const mode of MODES) {
      const tag = `${path.basename(input, ext)}-${mode.join("")}`.replace(/-+/g, "-");
      const [o1, o1b, o2, q] = ["1", "1b", "2", "q"].map((s) =>
        path.join(dir, `${tag}-${s}${ext}`)
      );
      const args = ["--formulas", mode[0], ...mode.slice(1)];
      const fail = (text) => failures.push(`${label} [${mode.join(" ")}]: ${text}`);
      const a = await run(["apply", input, "-o", o1, ...args]);
      row.runs++;
      totals.runs++;
      if (crashed("apply", a)) continue;
      if (a.code !== 0 || !fs.existsSync(o1)) {
        row.refused++;
        totals.refused++;
        if (!/[áéíóúñ«]/.test(a.text))
          fail(`refused without Spanish text: ${a.text.slice(0, 200)}`);
        continue;
      }
      const once = await partsOf(o1);
      for (const p of before.keys()) {
        if (MAY_CHANGE.test(p) || (mode[0] === "libro" && MAY_CHANGE_LIBRO.test(p))) continue;
        keptOf++;
        if (once.get(p) && once.get(p).equals(before.get(p))) kept++;
        else fail(`apply changed ${p}`);
      }
      for (const p of changedParts(before, once)) {
        const bytes = once.get(p);
        if (!bytes) continue;
        if (!before.has(p) && !MAY_ADD.test(p)) fail(`apply added ${p}`);
        if (!/\.(xml|rels|vml)$/.test(p)) continue;
        xmlOf++;
        const valid = XMLValidator.validate(bytes.toString("utf8"));
        if (valid === true) xml++;
        else fail(`${p} not well-formed: ${JSON.stringify(valid.err)}`);
      }
      // Every formula apply reports sits in a real cell (not inside a comment, CDATA or PI).
      const said = /([\d,]+) fórmulas? de/.exec(a.text);
      if (said && mode.length === 1) {
        row.formulasOf++;
        const count = Number(said[1].replace(/,/g, ""));
        const found = formulaCount(once) - formulaCount(before);
        if (found === count) row.formulas++;
        else fail(`apply said ${count} formulas, the sheets hold ${found} more`);
      }
      // Same input, same bytes.
      await run(["apply", input, "-o", o1b, ...args]);
      if (fs.existsSync(o1b) && fs.readFileSync(o1b).equals(fs.readFileSync(o1))) {
        row.det++;
        totals.det++;
      } else fail("two applies of one input differ in bytes");
      // Apply on its own output changes nothing.
      const again = await run(["apply", o1, "-o", o2, ...args]);
      crashed("second apply", again);
      const twice = fs.existsSync(o2) ? await partsOf(o2) : null;
      const moved = twice ? changedParts(once, twice) : ["(no output)"];
      if (moved.length === 0) {
        row.idem++;
        totals.idem++;
      } else fail(`apply on its output changed ${moved.join(", ")}`);
      totals.checks++;
      crashed("check on the output", await run(["check", o1]));
      crashed("quitar", await run(["quitar", o1, "-o", q]));
      const back = fs.existsSync(q) ? changedParts(before, await partsOf(q)) : ["(no output)"];
      const left = back.filter((p) => !MAY_DIFFER_AFTER_QUITAR.has(p));
      totals.quitarOf++;
      if (left.length === 0) {
        row.quitar++;
        totals.quitar++;
      } else fail(`quitar left ${left.join(", ")}`);
      if (withLibreOffice && mode[0] === "nativas" && mode[1] === "--resumen") {
        const ok = libreOfficeOpens(o1, dir);
        row.lo = ok ? "sí" : "NO";
        totals.loOf++;
        if (ok) totals.lo++;
        else fail(`LibreOffice did not open ${o1}`);
      }
    }
    totals.kept += kept;
    totals.keptOf += keptOf;
    totals.xml += xml;
    totals.xmlOf += xmlOf;
    row.kept = `${kept}/${keptOf}`;
    row.xml = `${xml}/${xmlOf}`;
    rows.push(row);
  }
  const head = [
    "libro",
    "corridas",
    "rechazos",
    "partes intactas",
    "quitar exacto",
    "XML bien formado",
    "fórmulas en celdas",
    "determinista",
    "idempotente",
    "LibreOffice",
  ];
  const table = rows.map((r) =>
    [
      r.label,
      r.runs,
      r.refused,
      r.kept,
      `${r.quitar}/${r.runs - r.refused}`,
      r.xml,
      `${r.formulas}/${r.formulasOf}`,
      r.det,
      r.idem,
      r.lo,
    ].map(String)
  );
  const [formulas, formulasOf] = [
    rows.reduce((n, r) => n + r.formulas, 0),
    rows.reduce((n, r) => n + r.formulasOf, 0),
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(head));
  for (const t of table) console.log(line(t));
  console.log("");
  console.log(
    `libros: ${books.length}; corridas de apply: ${totals.runs} (${totals.refused} rechazadas en español)`
  );
  console.log(`partes fuera de la lista tocada intactas: ${totals.kept}/${totals.keptOf}`);
  console.log(`quitar idéntico a la entrada (por parte): ${totals.quitar}/${totals.quitarOf}`);
  console.log(`partes XML escritas bien formadas: ${totals.xml}/${totals.xmlOf}`);
  console.log(
    `fórmulas informadas = fórmulas en celdas reales (modos sin resumen): ${formulas}/${formulasOf}`
  );
  console.log(
    `apply determinista: ${totals.det}/${totals.quitarOf}; idempotente: ${totals.idem}/${totals.quitarOf}`
  );
  console.log(
    `check sin caerse: ${totals.checks - totals.crashes}/${totals.checks}; caídas: ${totals.crashes}`
  );
  if (withLibreOffice) console.log(`LibreOffice abre la salida: ${totals.lo}/${totals.loOf}`);
  if (failures.length) {
    console.log(`\nFallos (${failures.length}):`);
    for (const f of failures) console.log(`  - ${f}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
