import { FUNCTIONS } from "../core/planFunctions/registry";
import type { FunctionSpec } from "../core/planFunctions/types";

/**
 * The source of the add-in's custom functions (src/functions/functions.generated.ts), written
 * from the PLAN function specs when the add-in is built (scripts/webpack-plugins.js,
 * FunctionsSourcePlugin). The Office metadata generator reads JSDoc from a real .ts file to make
 * functions.json, so the file must exist; generating it keeps one source for the texts Excel
 * shows. Its traps: exported arrow functions are skipped (these are function declarations), and
 * arguments are any[][] so a cell or a range is accepted and blank or text cells reach the core.
 */

/** Where the help links point in development; the production build rewrites them. */
export const DEV_HELP_BASE = "https://localhost:3000/ayuda.html";

/** The file the build writes, relative to the repository. */
export const GENERATED_FUNCTIONS_FILE = "src/functions/functions.generated.ts";

const HEADER = `/*
 * GENERATED FILE, do not edit: written by the add-in build (scripts/webpack-plugins.js,
 * FunctionsSourcePlugin) from the PLAN function specs in src/core/planFunctions
 * (src/help/customFunctionsSource.ts). Each custom function is a thin wrapper over the core runner.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions metadata needs any[][] for mixed cells */
import { PLAN_RUNNERS as plan } from "../core/planFunctions/registry";
import { runPlanFunction } from "./excelResult";
`;

/** A JSDoc line never closes the comment early. */
const safe = (text: string) => text.replace(/\*\//g, "*\\/");

function wrapper(spec: FunctionSpec): string {
  const doc = [
    safe(spec.description),
    `@customfunction ${spec.name}`,
    `@helpurl ${DEV_HELP_BASE}#${spec.name}`,
    ...spec.params.map((p) => `@param ${p.optional ? `[${p.name}]` : p.name} ${safe(p.help)}`),
    `@returns ${safe(spec.returns)}`,
  ];
  const params = spec.params.map((p) => `${p.name}${p.optional ? "?" : ""}: any[][]`);
  const args = ["plan." + spec.name, ...spec.params.map((p) => p.name)];
  return [
    "/**",
    ...doc.map((line) => ` * ${line}`),
    " */",
    `export function ${spec.name}(${params.join(", ")}): any[][] {`,
    `  return runPlanFunction(${args.join(", ")});`,
    "}",
  ].join("\n");
}

/** The whole file: a header and one JSDoc-annotated function per spec, in registry order. */
export function customFunctionsSource(functions: readonly FunctionSpec[]): string {
  return `${HEADER}\n${functions.map(wrapper).join("\n\n")}\n`;
}

/** The file from the registry the add-in runs on (what the build writes). */
export const buildCustomFunctionsSource = (): string => customFunctionsSource(FUNCTIONS);
