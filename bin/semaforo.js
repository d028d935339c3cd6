#!/usr/bin/env node
"use strict";
// Entry point of the `semaforo` command. The TypeScript sources are compiled to lib/ by
// `npm install` / `npm ci` (the "prepare" script) or `npm run build:cli`.
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "Semáforo no está compilado. Ejecute «npm install» (o «npm run build:cli») en la carpeta del proyecto.\n"
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Error inesperado: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  }
);
