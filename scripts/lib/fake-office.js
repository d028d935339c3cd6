"use strict";
// Builds the office.js stand-in the pane runs on in Chromium (e2e tests, bench-pane.js) from the
// same TypeScript fake Excel the unit tests use (test/support/fakeOffice.ts → fakeExcel.ts): one
// fake, two runtimes. webpack with ts-loader (transpile only) into a temporary folder; resolves to
// the script's text and the source files it was built from.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");
const ENTRY = path.join(ROOT, "test/support/fakeOffice.ts");

/** @returns {Promise<{ script: string, sources: string[] }>} */
function bundleFakeOffice() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "semaforo-fake-office-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: ENTRY,
    output: { path: out, filename: "office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(ROOT, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: false },
            },
          },
        },
      ],
    },
    infrastructureLogging: { level: "error" },
    stats: "errors-only",
  });
  return new Promise((ok, fail) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats.hasErrors()) {
        fail(error ?? new Error(stats.toString("errors-only")));
        return;
      }
      const script = fs.readFileSync(path.join(out, "office.js"), "utf8");
      fs.rmSync(out, { recursive: true, force: true });
      const sources = [...stats.compilation.modules]
        .map((m) => m.resource)
        .filter(Boolean)
        .map((p) => path.relative(ROOT, p).split(path.sep).join("/"))
        .sort();
      ok({ script, sources });
    })
  );
}

let built = null;
/** The bundle, built once per process. */
exports.fakeOffice = () => (built ??= bundleFakeOffice());
exports.FAKE_OFFICE_ENTRY = ENTRY;
