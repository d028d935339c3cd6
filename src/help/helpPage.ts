import { FUNCTIONS } from "../core/calc/functionSpecs";
import { PRESET_SCALES } from "../core/scales/presets";
import { RULES as RULE_DESCRIPTIONS } from "../core/validate/findings";
import { renderHelpPage, type HelpRule } from "./renderHelp";

/**
 * The rules the page lists.
 * MERGE: when src/core/rules/registry.ts exists, replace this line by
 *   `export const HELP_RULES: readonly HelpRule[] = RULES.map((r) => r.meta);`
 * (import { RULES } from "../core/rules/registry"), so example, fix and severity come from meta.
 */
export const HELP_RULES: readonly HelpRule[] = Object.entries(RULE_DESCRIPTIONS).map(
  ([id, description]) => ({ id, description })
);

/** ayuda.html from the registries the add-in runs on (emitted by the build: HelpPagePlugin in scripts/webpack-plugins.js). */
export function buildHelpPage(version?: string): string {
  return renderHelpPage({
    functions: FUNCTIONS,
    rules: HELP_RULES,
    scales: PRESET_SCALES,
    version,
  });
}
