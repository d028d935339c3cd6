/* Builds the task pane (HTML + JS), the custom functions (JS + functions.json, from the source
 * FunctionsSourcePlugin writes from the PLAN function specs) and the help page
 * (ayuda.html) into dist/, and copies assets/ and the manifest: in production manifest.xml with its
 * URLs (and functions.json's help links) rewritten to SEMAFORO_URL; in development also
 * manifest.dev.xml, the copy with its own Id that `npm start` sideloads. Works offline. */
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { devServerHttps } = require("./scripts/dev-certs");
const { rewriteManifestUrls, DEV_URL } = require("./scripts/manifest-url");
const {
  FunctionsSourcePlugin,
  HelpPagePlugin,
  RewriteDevUrlsPlugin,
} = require("./scripts/webpack-plugins");
const { version } = require("./package.json");

// Generated from the specs before each compilation (git-ignored; see FunctionsSourcePlugin).
const FUNCTIONS_SOURCE = "./src/functions/functions.generated.ts";

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Production base URL, given at build time: SEMAFORO_URL=https://planeamiento.example.gob.pe/semaforo/
  const prodUrl = process.env.SEMAFORO_URL || "";
  if (!dev && !prodUrl) {
    console.warn(
      "Aviso: SEMAFORO_URL no está definido; dist/manifest.xml conserva las URL de desarrollo " +
        `(${DEV_URL}).`
    );
  }
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Before the metadata plugin: it reads the generated file in beforeCompile.
      new FunctionsSourcePlugin(),
      new CustomFunctionsMetadataPlugin({
        input: FUNCTIONS_SOURCE,
        output: "functions.json",
      }),
      new HelpPagePlugin({ filename: "ayuda.html", version }),
      ...(dev || !prodUrl
        ? []
        : [new RewriteDevUrlsPlugin({ files: ["functions.json"], prodUrl })]),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page loads both the task pane and the functions.
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev || !prodUrl ? content : rewriteManifestUrls(content.toString(), prodUrl),
          },
          ...(dev ? [{ from: "manifest.dev.xml", to: "manifest.dev.xml" }] : []),
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await devServerHttps(),
      port,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
