import { extname } from "node:path";

/** A small argument parser: positional arguments and --flags (with or without a value). */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  boolean: readonly string[]
): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (boolean.includes(name)) {
      flags.set(name, true);
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "")
        throw new UsageError(`La opción ${name} necesita un valor.`);
      flags.set(name, value);
    } else {
      throw new UsageError(`Opción desconocida: «${arg}».`);
    }
  }
  return { positional, flags };
}

/**
 * The one input workbook and the -o output of `apply` and `quitar`: an .xlsx or .xlsm output;
 * `outputHint` is what the message says about the output's extension.
 */
export function readInputOutput(
  args: ParsedArgs,
  outputHint: string
): { input: string; output: string } {
  const [input, ...extra] = args.positional;
  if (!input || extra.length > 0) throw new UsageError("Indique un solo libro de entrada.");
  const output = args.flags.get("-o") ?? args.flags.get("--salida");
  if (typeof output !== "string")
    throw new UsageError("Indique el libro de salida con -o salida.xlsx.");
  if (![".xlsx", ".xlsm"].includes(extname(output).toLowerCase()))
    throw new UsageError(`La salida debe ser un archivo .xlsx (${outputHint}).`);
  return { input, output };
}
