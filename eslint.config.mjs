// ESLint flat config. Layering rules at the bottom enforce the README's architecture: dependencies point inward.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddinsModule from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import prettierConfig from "eslint-config-prettier";
import globals from "globals";
import { builtinModules } from "node:module";

// The plugin is CommonJS with a default export; its `configs.recommended` leaves the parser undefined
// (an import-interop bug), so we only take its rules.
const officeAddins = officeAddinsModule.default ?? officeAddinsModule;

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const officeGlobals = ["Excel", "Office", "OfficeExtension", "CustomFunctions", "OfficeRuntime"];

/** Builds a no-restricted-imports rule forbidding the given packages and sibling layers. */
function forbid({ packages = [], layers = [], node = false }) {
  const paths = [...packages, ...(node ? nodeBuiltins : [])].map((name) => ({
    name,
    message: "Esta capa no puede depender de este paquete (ver README, Arquitectura).",
  }));
  const patterns = [
    ...layers.map((layer) => ({
      group: [`**/${layer}`, `**/${layer}/**`],
      message: `Esta capa no puede importar src/${layer} (las dependencias apuntan hacia src/core).`,
    })),
    ...packages.map((p) => ({ group: [`${p}/*`], message: "Paquete no permitido en esta capa." })),
  ];
  return ["error", { paths, patterns }];
}

const restrictGlobals = (names) => [
  "error",
  ...names.map((name) => ({ name, message: `«${name}» no está permitido en esta capa.` })),
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "lib/**",
      "out/**",
      "coverage/**",
      "samples/**",
      "test/e2e/.artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Office proxy rules only where Office proxies exist: elsewhere (ExcelJS cells in src/xlsx,
    // plain objects in tests) they misread ordinary property reads as unsynced proxy reads.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.tsx", "test/**/*.tsx"],
    ...reactPlugin.configs.flat.recommended,
    ...reactPlugin.configs.flat["jsx-runtime"],
    plugins: { react: reactPlugin, "react-hooks": reactHooks },
    settings: { react: { version: "detect" } },
    rules: {
      ...reactPlugin.configs.flat.recommended.rules,
      ...reactPlugin.configs.flat["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
  // --- Layering (README, Arquitectura) ---
  {
    // The core, and the help page generator, pure like it (it runs at build time).
    files: ["src/core/**", "src/help/**"],
    rules: {
      "no-restricted-imports": forbid({
        packages: ["react", "react-dom", "@fluentui/react-components", "exceljs", "htmlparser2"],
        layers: ["excel", "xlsx", "taskpane", "cli", "functions"],
        node: true,
      }),
      "no-restricted-globals": restrictGlobals([
        ...officeGlobals,
        "window",
        "document",
        "process",
        "require",
        "Buffer",
      ]),
    },
  },
  {
    files: ["src/functions/**"],
    rules: {
      "no-restricted-imports": forbid({
        packages: ["react", "react-dom", "@fluentui/react-components", "exceljs"],
        layers: ["excel", "xlsx", "taskpane", "cli"],
        node: true,
      }),
      "no-restricted-globals": restrictGlobals(["Excel", "process", "require"]),
    },
  },
  {
    files: ["src/excel/**"],
    rules: {
      "no-restricted-imports": forbid({
        packages: ["react", "react-dom", "@fluentui/react-components", "exceljs"],
        layers: ["xlsx", "taskpane", "cli", "functions"],
        node: true,
      }),
    },
  },
  {
    files: ["src/xlsx/**"],
    rules: {
      "no-restricted-imports": forbid({
        packages: ["react", "react-dom", "@fluentui/react-components"],
        layers: ["excel", "taskpane", "cli", "functions"],
      }),
      "no-restricted-globals": restrictGlobals(officeGlobals),
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": forbid({
        packages: ["exceljs"],
        layers: ["xlsx", "cli", "functions"],
        node: true,
      }),
      // Components talk to a WorkbookPort; only src/excel touches Excel.*.
      "no-restricted-globals": restrictGlobals(["Excel", "CustomFunctions"]),
    },
  },
  {
    files: ["src/cli/**"],
    rules: {
      "no-restricted-imports": forbid({
        packages: ["react", "react-dom", "@fluentui/react-components"],
        layers: ["excel", "taskpane", "functions"],
      }),
      "no-restricted-globals": restrictGlobals(officeGlobals),
    },
  },
  prettierConfig
);
