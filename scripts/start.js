#!/usr/bin/env node
// `npm start`: sideloads the add-in into desktop Excel (Windows or macOS) with
// office-addin-debugging, fetched by npx on the developer's machine. It is not a project
// dependency: its peer dependencies need a native keyring build that fails on Linux CI machines.
"use strict";
const { spawnSync } = require("node:child_process");

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    [
      "«npm start» carga el complemento en Excel de escritorio, que solo existe en Windows y macOS.",
      "En Linux: ejecute «npm run dev-server» y cargue manifest.xml en Excel en la Web",
      "(Inicio › Complementos › Más opciones › Cargar mi complemento). Vea el README.",
    ].join("\n")
  );
  process.exit(1);
}
const args = ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop"];
const result = spawnSync("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
