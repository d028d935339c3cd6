import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);
const ROOT = resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const { startMessage, stopMessage, REG_KEY } = require(resolve(ROOT, "scripts/start.js"));

describe("npm start / npm stop", () => {
  it("download nothing at run time: no npx, only the project's scripts and devDependencies", () => {
    for (const name of ["start", "stop", "dev-server", "release", "demo"]) {
      expect(pkg.scripts[name], name).not.toMatch(/\bnpx\b/);
    }
    expect(readFileSync(resolve(ROOT, "scripts/start.js"), "utf8")).not.toMatch(/["']npx["']/);
    expect(pkg.devDependencies["webpack-dev-server"]).toBeDefined();
  });

  it("say in Spanish that Linux has no desktop Excel, and how to use Excel on the web", () => {
    const linux = startMessage("linux", false);
    expect(linux).toContain("En Linux no existe Excel de escritorio");
    expect(linux).toContain("Cargar mi complemento");
    expect(linux).toContain("manifest.dev.xml");
    expect(stopMessage("linux")).toContain("En Linux no hay nada que retirar");
  });

  it("on Windows and macOS register the development manifest, and fall back to the web steps", () => {
    expect(startMessage("win32", true)).toContain("Semáforo (dev)");
    expect(startMessage("darwin", false)).toMatch(/^No se pudo registrar manifest\.dev\.xml/);
    expect(REG_KEY).toBe("HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer");
  });
});
