#!/usr/bin/env node
// After `npm run build`: the files the add-in needs exist in dist/, every manifest URL points to a
// file that was emitted, dist/functions.json equals the committed golden file (with its help links
// on the production base) and every help link lands on an anchor of ayuda.html.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dist = path.resolve(__dirname, "..", "dist");
const problems = [];
for (const file of [
  "manifest.xml",
  "taskpane.html",
  "taskpane.js",
  "functions.js",
  "functions.json",
  "ayuda.html",
]) {
  if (!fs.existsSync(path.join(dist, file))) problems.push(`falta dist/${file}`);
}
const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
const base = (process.env.SEMAFORO_URL || "https://localhost:3000/").replace(/\/?$/, "/");
for (const [url] of manifest.matchAll(/https:\/\/[^"<]+/g)) {
  if (url.includes("schemas.microsoft.com") || !url.startsWith(base)) continue;
  const rel = url.slice(base.length);
  if (rel && !fs.existsSync(path.join(dist, rel)))
    problems.push(`${url} no corresponde a un archivo de dist/`);
}
const builtText = fs.readFileSync(path.join(dist, "functions.json"), "utf8");
const built = JSON.parse(builtText.split(base).join("https://localhost:3000/"));
const help = fs.existsSync(path.join(dist, "ayuda.html"))
  ? fs.readFileSync(path.join(dist, "ayuda.html"), "utf8")
  : "";
for (const fn of JSON.parse(builtText).functions) {
  const [page, anchor] = String(fn.helpUrl).split("#");
  if (
    page !== `${base}ayuda.html` ||
    !new RegExp(`id="?${anchor.replace(/\./g, "\\.")}"?[\\s>]`).test(help)
  )
    problems.push(`${fn.id}: su enlace de ayuda ${fn.helpUrl} no lleva a ayuda.html`);
}
const golden = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "..", "test", "golden", "functions.json"), "utf8")
);
if (JSON.stringify(built) !== JSON.stringify(golden)) {
  problems.push("dist/functions.json difiere de test/golden/functions.json");
}
if (problems.length) {
  console.error(`dist/ no está completo:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(
  `dist/ correcto: ${built.functions.length} funciones PLAN, manifiesto con URL resueltas.`
);
