import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";

const require = createRequire(import.meta.url);
const ROOT = resolve(__dirname, "../..");
const { packRelease, checkManifestVersion } = require(resolve(ROOT, "scripts/release.js"));

/** A stand-in dist/ with the files the build emits. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), "semaforo-dist-"));
  mkdirSync(join(dir, "assets"));
  for (const f of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "ayuda.html"])
    writeFileSync(join(dir, f), `contenido de ${f}`);
  writeFileSync(join(dir, "manifest.xml"), "<OfficeApp>producción</OfficeApp>");
  writeFileSync(join(dir, "assets", "icon-32.png"), "png");
  return dir;
}

describe("release zip", () => {
  it("packs dist/, the production manifest on top, INSTALAR.md and the server examples", async () => {
    const buffer = await packRelease({
      distDir: fakeDist(),
      version: "9.8.7",
      instalarMd: readFileSync(resolve(ROOT, "INSTALAR.md")),
      serverDir: resolve(ROOT, "scripts/servidor"),
    });
    const zip = await JSZip.loadAsync(buffer);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([
      "semaforo-9.8.7/INSTALAR.md",
      "semaforo-9.8.7/dist/assets/icon-32.png",
      "semaforo-9.8.7/dist/ayuda.html",
      "semaforo-9.8.7/dist/functions.js",
      "semaforo-9.8.7/dist/functions.json",
      "semaforo-9.8.7/dist/manifest.xml",
      "semaforo-9.8.7/dist/taskpane.html",
      "semaforo-9.8.7/dist/taskpane.js",
      "semaforo-9.8.7/manifest.xml",
      "semaforo-9.8.7/servidor/apache-htaccess.txt",
      "semaforo-9.8.7/servidor/nginx-semaforo.conf",
      "semaforo-9.8.7/servidor/web.config",
    ]);
    expect(await zip.file("semaforo-9.8.7/manifest.xml")?.async("string")).toBe(
      "<OfficeApp>producción</OfficeApp>"
    );
    // Same sources, same bytes: every entry carries a fixed date.
    const again = await packRelease({
      distDir: fakeDist(),
      version: "9.8.7",
      instalarMd: readFileSync(resolve(ROOT, "INSTALAR.md")),
      serverDir: resolve(ROOT, "scripts/servidor"),
    });
    expect(Buffer.compare(again, buffer)).toBe(0);
  });

  it("the IIS web.config sets the MIME types, CORS and no-cache the guide asks for", () => {
    const config = readFileSync(resolve(ROOT, "scripts/servidor/web.config"), "utf8");
    expect(config).toMatch(/fileExtension="\.json" mimeType="application\/json/);
    expect(config).toContain('name="Access-Control-Allow-Origin" value="*"');
    expect(config).toContain('name="Cache-Control" value="no-cache"');
  });

  it("INSTALAR.md covers hosting, deployment, the network, updating and removing, in Spanish", () => {
    const guide = readFileSync(resolve(ROOT, "INSTALAR.md"), "utf8");
    for (const topic of [
      "### IIS",
      "Tipos MIME",
      "CORS",
      "Caché",
      "Centro de administración de Microsoft 365",
      "Catálogo en carpeta compartida",
      "Excel para la Web",
      "appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "## 7. Actualizar",
      "## 8. Retirar",
      "manifest.dev.xml",
    ])
      expect(guide, topic).toContain(topic);
  });

  it("refuses to build without an HTTPS SEMAFORO_URL, in Spanish, before building anything", () => {
    const env = { ...process.env, SEMAFORO_URL: "" };
    const missing = spawnSync(process.execPath, ["scripts/release.js"], { cwd: ROOT, env });
    expect(missing.status).toBe(2);
    expect(missing.stderr.toString()).toMatch(/Falta la dirección.*SEMAFORO_URL=https:/s);
    const http = spawnSync(process.execPath, ["scripts/release.js"], {
      cwd: ROOT,
      env: { ...env, SEMAFORO_URL: "http://plan.gob.pe/" },
    });
    expect(http.status).toBe(2);
    expect(http.stderr.toString()).toContain("debe empezar por https://");
  });

  it("refuses a manifest whose <Version> is not package.json's", () => {
    expect(() => checkManifestVersion("<Version>0.1.0.0</Version>", "0.2.0")).toThrow(
      /no coincide.*<Version>0\.2\.0\.0<\/Version>/s
    );
    expect(() => checkManifestVersion("<Version>0.2.0.0</Version>", "0.2.0")).not.toThrow();
  });
});
