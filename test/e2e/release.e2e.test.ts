import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { FUNCTIONS } from "../../src/core/planFunctions/registry";

// `npm run release` for real (webpack production build included), then the zip is unpacked and
// checked the way the institution's IT would use it.
const ROOT = resolve(__dirname, "../..");
const BASE = "https://planeamiento.ejemplo.gob.pe/semaforo/";
const { version } = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as {
  version: string;
};
const TOP = `semaforo-${version}/`;

let zip: JSZip;
const text = async (name: string) => {
  const file = zip.file(TOP + name);
  if (!file) throw new Error(`falta ${name} en el zip`);
  return file.async("string");
};

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "semaforo-release-"));
  execFileSync("npm", ["run", "--silent", "release"], {
    cwd: ROOT,
    env: { ...process.env, SEMAFORO_URL: BASE, RELEASE_DIR: out },
    stdio: "pipe",
  });
  zip = await JSZip.loadAsync(readFileSync(join(out, `semaforo-${version}.zip`)));
});

describe("npm run release", () => {
  it("packs the built add-in, the production manifest and INSTALAR.md", async () => {
    const names = Object.keys(zip.files).map((n) => n.slice(TOP.length));
    for (const f of [
      "INSTALAR.md",
      "manifest.xml",
      "dist/taskpane.html",
      "dist/taskpane.js",
      "dist/functions.js",
      "dist/functions.json",
      "dist/ayuda.html",
      "dist/assets/icon-80.png",
      "servidor/web.config",
    ])
      expect(names, f).toContain(f);
    expect(await text("INSTALAR.md")).toBe(readFileSync(resolve(ROOT, "INSTALAR.md"), "utf8"));
  });

  it("its manifest is the production one: stable Id, every URL on the base, each to a file of dist/", async () => {
    const xml = await text("manifest.xml");
    const app = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
      xml
    ).OfficeApp;
    expect(app.Id).toBe("2fb64535-09e5-42eb-8eb6-d943a2243605");
    expect(app.DisplayName["@DefaultValue"]).toBe("Semáforo POI/PEI");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("<AppDomain>https://planeamiento.ejemplo.gob.pe</AppDomain>");
    expect(app.SupportUrl["@DefaultValue"]).toBe(`${BASE}ayuda.html`);
    const urls = [...xml.matchAll(/https:\/\/[^"<]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes("schemas.microsoft.com") && !u.endsWith("gob.pe"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(BASE), url).toBe(true);
      expect(zip.file(`${TOP}dist/${url.slice(BASE.length)}`), url).not.toBeNull();
    }
  });

  it("functions.json links every function to its anchor of the packed ayuda.html", async () => {
    const meta = JSON.parse(await text("dist/functions.json")) as {
      functions: { id: string; helpUrl: string }[];
    };
    const help = await text("dist/ayuda.html");
    expect(meta.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
    for (const f of meta.functions) {
      expect(f.helpUrl).toBe(`${BASE}ayuda.html#${f.id}`);
      expect(help).toMatch(new RegExp(`id="?${f.id}"?[\\s>]`));
    }
  });
});
