import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createRequire } from "node:module";

// Offline checks: `office-addin-manifest validate` needs internet (office-addin-notes.md §2.5).
const require = createRequire(import.meta.url);
const ROOT = resolve(__dirname, "..");
const xml = readFileSync(resolve(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: () => false,
});
const doc = parser.parse(xml) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML tree
const app = doc.OfficeApp;

/** Every attribute value `attr` anywhere below `node`. */
function collect(node: unknown, attr: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, attr, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === attr && typeof v === "string") out.push(v);
      else collect(v, attr, out);
    }
  }
  return out;
}

const asArray = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];
const resources = app.VersionOverrides.Resources;
const resourceIds = new Map<string, string>();
for (const group of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
  const items = Object.values(resources[group] ?? {}).flatMap((v) => asArray(v as object));
  for (const item of items as Record<string, string>[])
    resourceIds.set(item["@id"] as string, item["@DefaultValue"] as string);
}

/** The files webpack emits into dist/, derived from webpack.config.js itself. */
async function emittedFiles(): Promise<Set<string>> {
  const config = await require(resolve(ROOT, "webpack.config.js"))({}, { mode: "production" });
  const files = new Set<string>(Object.keys(config.entry).map((name) => `${name}.js`));
  for (const plugin of config.plugins) {
    const name = plugin.constructor.name;
    if (name === "HtmlWebpackPlugin") files.add(plugin.userOptions.filename);
    if (name === "CustomFunctionsMetadataPlugin") files.add(plugin.options.output);
    if (name === "HelpPagePlugin") files.add(plugin.filename);
    if (name === "CopyPlugin") {
      for (const pattern of plugin.patterns) {
        if (pattern.from === "manifest.xml") files.add(pattern.to);
        if (pattern.from === "assets/*.png") {
          for (const size of [16, 32, 64, 80, 128]) {
            if (existsSync(resolve(ROOT, `assets/icon-${size}.png`)))
              files.add(`assets/icon-${size}.png`);
          }
        }
      }
    }
  }
  return files;
}

describe("manifest.xml (offline)", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("declares the add-in identity in Spanish", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(app.DefaultLocale).toBe("es-PE");
    expect(app.DisplayName["@DefaultValue"]).toBe("Semáforo POI/PEI");
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
  });

  it("asks for ReadWriteDocument and nothing more, SharedRuntime 1.1 and ExcelApi 1.8", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    const sets = asArray(app.Requirements.Sets.Set).map(
      (s: Record<string, string>) => `${s["@Name"]} ${s["@MinVersion"]}`
    );
    expect(sets.sort()).toEqual(["ExcelApi 1.8", "SharedRuntime 1.1"]);
  });

  it("uses one shared runtime for task pane and functions, namespace PLAN", () => {
    const host = app.VersionOverrides.Hosts.Host;
    const runtime = host.Runtimes.Runtime;
    expect(runtime["@lifetime"]).toBe("long");
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe(runtime["@resid"]);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime["@resid"]);
    expect(resourceIds.get(cf.Namespace["@resid"])).toBe("PLAN");
    expect(resourceIds.get(cf.Metadata.SourceLocation["@resid"])).toMatch(/functions\.json$/);
    expect(resourceIds.get(cf.Script.SourceLocation["@resid"])).toMatch(/functions\.js$/);
  });

  it("has a ribbon button that shows the task pane", () => {
    const surface = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint;
    const control = surface.OfficeTab.Group.Control;
    expect(control.Action["@xsi:type"]).toBe("ShowTaskpane");
    expect(resourceIds.has(control.Action.SourceLocation["@resid"])).toBe(true);
  });

  it("resolves every resid, keeps short strings ≤ 125 characters", () => {
    for (const resid of collect(app, "@resid")) expect(resourceIds.has(resid), resid).toBe(true);
    const short = Object.values(resources["bt:ShortStrings"]).flatMap((v) =>
      asArray(v as object)
    ) as Record<string, string>[];
    for (const s of short) expect((s["@DefaultValue"] as string).length).toBeLessThanOrEqual(125);
  });

  it("points every URL to https://localhost:3000 and to a file the build emits", async () => {
    const urls = [...xml.matchAll(/https:\/\/[^"<]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes("schemas.microsoft.com"));
    expect(urls.length).toBeGreaterThan(5);
    const emitted = await emittedFiles();
    for (const url of urls) {
      const { origin, pathname } = new URL(url);
      expect(origin, url).toBe("https://localhost:3000");
      if (pathname !== "/") expect(emitted.has(pathname.slice(1)), url).toBe(true);
    }
  });

  it("ships the 16/32/64/80/128 icons as real PNG files", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(resolve(ROOT, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });

  it("rewrites every development URL for a production build", () => {
    const { rewriteManifestUrls } = require(resolve(ROOT, "scripts/manifest-url.js"));
    const prod = rewriteManifestUrls(xml, "https://plan.example.gob.pe/semaforo");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://plan.example.gob.pe/semaforo/functions.json");
    expect(prod).toContain("<AppDomain>https://plan.example.gob.pe</AppDomain>");
    expect(() => rewriteManifestUrls(xml, "http://inseguro")).toThrow(/https/);
  });
});

describe("manifest.xml and manifest.dev.xml (identity, help, version)", () => {
  const { devManifest, DEV_ID } = require(resolve(ROOT, "scripts/dev-manifest.js"));
  const { manifestVersion } = require(resolve(ROOT, "scripts/release.js"));
  const devXml = readFileSync(resolve(ROOT, "manifest.dev.xml"), "utf8");
  const dev = parser.parse(devXml).OfficeApp;

  it("manifest.dev.xml is generated from manifest.xml (run node scripts/dev-manifest.js)", () => {
    expect(devXml).toBe(devManifest(xml));
  });

  it("the development copy has its own Id and «(dev)» in its names; production keeps its Id", () => {
    expect(app.Id).toBe("2fb64535-09e5-42eb-8eb6-d943a2243605");
    expect(dev.Id).toBe(DEV_ID);
    expect(dev.Id).not.toBe(app.Id);
    expect(dev.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(dev.DisplayName["@DefaultValue"]).toBe("Semáforo POI/PEI (dev)");
    expect(app.DisplayName["@DefaultValue"]).not.toContain("dev");
    expect(devXml).toContain('id="Group.Label" DefaultValue="Semáforo (dev)"');
  });

  it("carries package.json's version, in the four-part form Office compares", () => {
    const { version } = require(resolve(ROOT, "package.json")) as { version: string };
    expect(app.Version).toBe(manifestVersion(version));
    expect(manifestVersion("1.2.3")).toBe("1.2.3.0");
  });

  it("SupportUrl and LearnMoreUrl open the help page", () => {
    expect(app.SupportUrl["@DefaultValue"]).toBe("https://localhost:3000/ayuda.html");
    const getStarted = app.VersionOverrides.Hosts.Host.DesktopFormFactor.GetStarted;
    expect(resourceIds.get(getStarted.LearnMoreUrl["@resid"])).toBe(
      "https://localhost:3000/ayuda.html"
    );
  });

  it("declares 32 and 64 px icons and 16/32/80 px ribbon images of those sizes", () => {
    expect(app.IconUrl["@DefaultValue"]).toMatch(/icon-32\.png$/);
    expect(app.HighResolutionIconUrl["@DefaultValue"]).toMatch(/icon-64\.png$/);
    for (const size of [16, 32, 80])
      expect(resourceIds.get(`Icon.${size}x${size}`)).toMatch(new RegExp(`icon-${size}\\.png$`));
  });

  it("a production rewrite leaves no development URL and refuses a bad base URL in Spanish", () => {
    const { rewriteManifestUrls, checkProdUrl } = require(resolve(ROOT, "scripts/manifest-url.js"));
    const prod = rewriteManifestUrls(xml, "https://plan.example.gob.pe/semaforo/");
    expect(prod).toContain(
      '<SupportUrl DefaultValue="https://plan.example.gob.pe/semaforo/ayuda.html"/>'
    );
    expect(() => checkProdUrl("")).toThrow(/Falta la dirección.*SEMAFORO_URL/s);
    expect(() => checkProdUrl("ftp://x.gob.pe")).toThrow(/debe empezar por https/);
    expect(() => checkProdUrl("https://localhost:3000/")).toThrow(/localhost/);
    expect(checkProdUrl("https://x.gob.pe/a")).toBe("https://x.gob.pe/a/");
  });
});
