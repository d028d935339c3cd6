import { FUNCTIONS } from "../core/planFunctions/registry";
import { PRESET_SCALES } from "../core/scales/presets";
import { RULES } from "../core/rules/registry";
import type { RuleMeta } from "../core/rules/rule";
import { renderHelpPage } from "./renderHelp";

/** The rules the page lists: the validation registry's meta (severity, kinds, example, fix). */
export const HELP_RULES: readonly RuleMeta[] = RULES.map((r) => r.meta);

/** ayuda.html from the registries the add-in runs on (emitted by the build: HelpPagePlugin in scripts/webpack-plugins.js). */
export function buildHelpPage(version?: string): string {
  return renderHelpPage({
    functions: FUNCTIONS,
    rules: HELP_RULES,
    scales: PRESET_SCALES,
    version,
  });
}
