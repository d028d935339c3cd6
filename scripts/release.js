#!/usr/bin/env node
// `npm run release`: builds the add-in for the institution's server and packs what its IT needs into
// release/semaforo-<version>.zip:
//   semaforo-<version>/manifest.xml     the production manifest (every URL on SEMAFORO_URL)
//   semaforo-<version>/INSTALAR.md      hosting, deployment, update and removal, in Spanish
//   semaforo-<version>/dist/…           the files to copy to the web server (ayuda.html included)
//   semaforo-<version>/servidor/…       example server settings (IIS web.config, nginx)
// SEMAFORO_URL is required and must be HTTPS. RELEASE_DIR changes the output folder (tests).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const JSZip = require("jszip");
const { checkProdUrl } = require("./manifest-url");

const ROOT = path.resolve(__dirname, "..");
// A fixed date in every entry, so the same sources give the same zip.
const ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

/** "0.1.0" → "0.1.0.0", the four-part form the manifest's <Version> needs. */
function manifestVersion(version) {
  const parts = version.split("-")[0].split(".");
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/** Spanish error when manifest.xml's <Version> does not match package.json's version. */
function checkManifestVersion(manifestXml, version) {
  const found = (/<Version>([^<]+)<\/Version>/.exec(manifestXml) || [])[1];
  const expected = manifestVersion(version);
  if (found !== expected) {
    throw new Error(
      `La versión de manifest.xml (${found}) no coincide con la de package.json (${version}): ` +
        `escriba <Version>${expected}</Version> en manifest.xml. Office solo actualiza el ` +
        "complemento cuando la versión del manifiesto sube."
    );
  }
}

/** Every file below `dir`, as paths relative to it with «/», sorted. */
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

/** The release zip as a Buffer: dist/, its manifest at the top, INSTALAR.md and server examples. */
async function packRelease({ distDir, version, instalarMd, serverDir }) {
  const top = `semaforo-${version}`;
  const zip = new JSZip();
  const add = (name, data) =>
    zip.file(`${top}/${name}`, data, { date: ZIP_DATE, createFolders: false });
  add("INSTALAR.md", instalarMd);
  add("manifest.xml", fs.readFileSync(path.join(distDir, "manifest.xml")));
  for (const rel of listFiles(distDir))
    add(`dist/${rel}`, fs.readFileSync(path.join(distDir, rel)));
  for (const rel of listFiles(serverDir))
    add(`servidor/${rel}`, fs.readFileSync(path.join(serverDir, rel)));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Writes through a temporary file and a rename: never a half-written zip. */
function writeAtomically(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.status !== 0) {
    throw new Error(`Falló «${[command, ...args].join(" ")}» (código ${result.status}).`);
  }
}

async function main() {
  const { version } = require(path.join(ROOT, "package.json"));
  const prodUrl = checkProdUrl(process.env.SEMAFORO_URL);
  checkManifestVersion(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), version);
  const env = { ...process.env, SEMAFORO_URL: prodUrl };
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  run(npm, ["run", "--silent", "build"], env);
  run(process.execPath, [path.join("scripts", "check-dist.js")], env);
  const zip = await packRelease({
    distDir: path.join(ROOT, "dist"),
    version,
    instalarMd: fs.readFileSync(path.join(ROOT, "INSTALAR.md")),
    serverDir: path.join(ROOT, "scripts", "servidor"),
  });
  const outDir = path.resolve(ROOT, process.env.RELEASE_DIR || "release");
  const file = path.join(outDir, `semaforo-${version}.zip`);
  writeAtomically(file, zip);
  const shown = path.relative(ROOT, file).startsWith("..") ? file : path.relative(ROOT, file);
  console.log(
    `\nListo: ${shown} (${(zip.length / 1024).toFixed(0)} KB), ` +
      `para publicar en ${prodUrl}\nSiga INSTALAR.md dentro del zip.`
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`No se pudo preparar la versión: ${error.message}`);
    process.exit(2);
  });
}

module.exports = { packRelease, manifestVersion, checkManifestVersion, listFiles };
