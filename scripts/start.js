#!/usr/bin/env node
// `npm start` / `npm stop` (--detener): the development copy of the add-in (manifest.dev.xml, its
// own Id and «(dev)» in its name) next to the dev server. Nothing is downloaded at run time:
// - Windows: registers manifest.dev.xml as a developer add-in (the registry value Excel reads,
//   HKCU\Software\Microsoft\Office\16.0\WEF\Developer) — what office-addin-debugging does, without
//   its dependencies (a native keyring build that fails on our Linux machines);
// - macOS: copies it to Excel's «wef» folder, Microsoft's documented sideloading place;
// - Linux: there is no desktop Excel; it says so and serves the add-in for Excel on the web.
// Then it runs the dev server (webpack serve, a devDependency) in the foreground.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { DEV_ID } = require("./dev-manifest");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.dev.xml");
const REG_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = path.join(
  os.homedir(),
  "Library/Containers/com.microsoft.Excel/Data/Documents/wef"
);

function sideload() {
  if (process.platform === "win32") {
    const r = spawnSync("reg", [
      "add",
      REG_KEY,
      "/v",
      DEV_ID,
      "/t",
      "REG_SZ",
      "/d",
      MANIFEST,
      "/f",
    ]);
    return r.status === 0;
  }
  if (process.platform === "darwin") {
    fs.mkdirSync(MAC_WEF, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(MAC_WEF, `semaforo-dev-${DEV_ID}.xml`));
    return true;
  }
  return false;
}

function unload() {
  if (process.platform === "win32") {
    spawnSync("reg", ["delete", REG_KEY, "/v", DEV_ID, "/f"]);
  } else if (process.platform === "darwin") {
    fs.rmSync(path.join(MAC_WEF, `semaforo-dev-${DEV_ID}.xml`), { force: true });
  }
}

const WEB_STEPS = [
  "Excel para la Web: abra un libro, Inicio › Complementos › Más opciones › Cargar mi complemento,",
  `y elija ${path.relative(process.cwd(), MANIFEST) || MANIFEST} («Semáforo POI/PEI (dev)»).`,
];

/** What `npm start` says before serving, by platform (Spanish; Linux has no desktop Excel). */
function startMessage(platform, sideloaded) {
  if (platform === "win32" || platform === "darwin") {
    return sideloaded
      ? "«Semáforo POI/PEI (dev)» quedó registrado en Excel de escritorio: abra Excel (reinícielo si " +
          "estaba abierto) y use Inicio › Semáforo (dev). «npm stop» lo retira."
      : ["No se pudo registrar manifest.dev.xml en Excel; cárguelo a mano:", ...WEB_STEPS].join(
          "\n"
        );
  }
  return [
    "En Linux no existe Excel de escritorio, así que no se puede cargar el complemento en él.",
    "Se inicia el servidor de desarrollo en https://localhost:3000; pruebe el complemento en",
    ...WEB_STEPS,
  ].join("\n");
}

/** What `npm stop` says, by platform. */
function stopMessage(platform) {
  return platform === "win32" || platform === "darwin"
    ? "Se retiró «Semáforo POI/PEI (dev)» de Excel de escritorio. Cierre Excel y detenga el servidor (Ctrl+C)."
    : "En Linux no hay nada que retirar: detenga el servidor con Ctrl+C y quite el complemento en Excel para la Web.";
}

function main() {
  if (process.argv.includes("--detener")) {
    unload();
    console.log(stopMessage(process.platform));
    return 0;
  }
  const desktop = process.platform === "win32" || process.platform === "darwin";
  const message = startMessage(process.platform, desktop && sideload());
  (desktop && message.startsWith("No se pudo") ? console.error : console.log)(message);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const server = spawnSync(npm, ["run", "--silent", "dev-server"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  return server.status ?? 1;
}

if (require.main === module) process.exit(main());

module.exports = { startMessage, stopMessage, REG_KEY, MAC_WEF };
