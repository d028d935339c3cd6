import { kindsOfRule } from "../core/check/ruleKinds";
import { kindLabel } from "../core/kinds/registry";
import { RULES } from "../core/rules/registry";
import { EXIT_OK, type CliIo } from "./io";

const SEVERITY: Record<string, string> = { error: "error", warning: "advertencia", info: "aviso" };

export const REGLAS_USAGE = [
  "Uso: semaforo reglas [--json]",
  "",
  "Lista las reglas de validación: identificador, gravedad, qué revisa y en qué matrices.",
].join("\n");

/** Lists the validation rules from their declarations (the same text the README table shows). */
export function runReglas(argv: readonly string[], io: CliIo): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(REGLAS_USAGE);
    return EXIT_OK;
  }
  if (argv.includes("--json")) {
    io.out(JSON.stringify(RULES.map((r) => ({ ...r.meta, kinds: kindsOfRule(r.meta) }))));
    return EXIT_OK;
  }
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  for (const { meta } of RULES) {
    const kinds = kindsOfRule(meta).map(kindLabel).join(", ");
    io.out(`${meta.id.padEnd(width)}  ${SEVERITY[meta.severity]?.padEnd(11)}  ${meta.description}`);
    io.out(`${" ".repeat(width)}  ${" ".repeat(11)}  En: ${kinds}.`);
  }
  return EXIT_OK;
}
