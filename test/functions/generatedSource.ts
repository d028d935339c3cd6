import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import * as registry from "../../src/core/planFunctions/registry";
import type { PlanFunctionName } from "../../src/core/planFunctions/registry";
import * as excelResult from "../../src/functions/excelResult";
import { buildCustomFunctionsSource } from "../../src/help/customFunctionsSource";

/**
 * The custom functions' source as the build writes it (src/functions/functions.generated.ts is
 * git-ignored and written by webpack only), for the tests: saved to a scratch file for the
 * metadata generator, or compiled and loaded as the module the bundle runs.
 */
export function writeGeneratedSource(): string {
  const file = join(mkdtempSync(join(tmpdir(), "semaforo-functions-")), "functions.ts");
  writeFileSync(file, buildCustomFunctionsSource());
  return file;
}

type CustomFunction = (...args: unknown[]) => unknown[][];

/** The generated wrappers, compiled as TypeScript and run against the real core and adapter. */
export function loadGeneratedFunctions(): Record<PlanFunctionName, CustomFunction> {
  const { outputText, diagnostics } = ts.transpileModule(buildCustomFunctionsSource(), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    reportDiagnostics: true,
  });
  if (diagnostics?.length) throw new Error("the generated source does not compile");
  const modules: Record<string, unknown> = {
    "../core/planFunctions/registry": registry,
    "./excelResult": excelResult,
  };
  const exports = {} as Record<PlanFunctionName, CustomFunction>;
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`the generated source imports ${name}`);
    return modules[name];
  };
  new Function("require", "exports", outputText)(require, exports);
  return exports;
}
