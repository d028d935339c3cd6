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

/** Builds a no-restricted-imports rule forbidding the given packages, sibling layers and core floors. */
function forbid({ packages = [], layers = [], node = false, coreFolders = [] }) {
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
    ...(coreFolders.length > 0
      ? [
          {
            regex: `^\\.\\./(${coreFolders.join("|")})(/|$)`,
            message:
              "Dentro de src/core las dependencias van en un solo sentido: esta carpeta no puede importar una de su mismo piso o de uno superior (ni las reglas, un tipo de matriz); ver README, Arquitectura.",
          },
        ]
      : []),
  ];
  return ["error", { paths, patterns }];
}

/**
 * The floors of src/core, lowest first: a folder imports only folders of lower floors (never one
 * of its own floor or above), so no two folders import each other. Text, numbers and the sheet
 * model at the base; then reading a header (detect), scales and the PLAN functions; items
 * (measure), the kinds, the saved column maps; the pipeline that detects and measures; the
 * articulation and the rules; the write plan; the check; what is built on a check; the workbook port.
 */
const CORE_FLOORS = [
  ["sheet"],
  ["text"],
  ["numbers"],
  ["grid"],
  ["codes"],
  ["detect"],
  ["scales"],
  ["calc"],
  ["native"],
  ["measure"],
  ["kinds"],
  ["columnMap"],
  ["pipeline"],
  ["articulation"],
  ["rules"],
  ["plan"],
  ["check"],
  ["compare", "consolidate", "report", "mapEditor"],
  ["port"],
];

/** Lower folders a core folder still may not import: rules read items, never a kind's internals. */
const CORE_ALSO_FORBIDDEN = { rules: ["kinds", "pipeline"] };

/** The core's own restrictions: no UI, no Office, no Node, no outer layer. */
const CORE_RULES = {
  packages: ["react", "react-dom", "@fluentui/react-components", "exceljs", "htmlparser2"],
  layers: ["excel", "xlsx", "taskpane", "cli", "functions"],
  node: true,
};

/** One config block per core folder: the core's restrictions plus the floors above it. */
const coreFloorConfigs = CORE_FLOORS.flatMap((floor, i) =>
  floor.map((folder) => ({
    files: [`src/core/${folder}/**`],
    rules: {
      "no-restricted-imports": forbid({
        ...CORE_RULES,
        coreFolders: [
          ...floor.filter((f) => f !== folder),
          ...CORE_FLOORS.slice(i + 1).flat(),
          ...(CORE_ALSO_FORBIDDEN[folder] ?? []),
        ],
      }),
    },
  }))
);

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
    // The office.js stand-in runs in the browser page, not in Node.
    files: ["test/e2e/harness/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
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
      "no-restricted-imports": forbid(CORE_RULES),
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
  // The floors inside src/core (a later block's rule options replace the one above for its files).
  ...coreFloorConfigs,
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
