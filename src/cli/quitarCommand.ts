import { plural } from "../core/text/plural";
import { removeFromXlsx } from "../xlsx/applyXlsx";
import { parseArgs, readInputOutput, UsageError } from "./args";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

export const QUITAR_USAGE = [
  "Uso: semaforo quitar <libro.xlsx> -o <salida.xlsx>",
  "",
  "Quita del libro exactamente lo que escribió Semáforo: las celdas anotadas en su hoja de ajustes,",
  "sus formatos condicionales, su hoja «Resumen Semáforo» (si usted no la cambió) y la hoja de",
  "ajustes. Lo demás queda tal cual. La entrada nunca se modifica.",
  "",
  "  -o, --salida ARCHIVO   Libro de salida (.xlsx, o .xlsm si la entrada tiene macros).",
].join("\n");

export async function runQuitar(argv: readonly string[], io: CliIo): Promise<number> {
  let input: string;
  let output: string;
  try {
    const args = parseArgs(argv, ["-o", "--salida"], ["--help", "-h"]);
    if (args.flags.has("--help") || args.flags.has("-h")) {
      io.out(QUITAR_USAGE);
      return EXIT_OK;
    }
    ({ input, output } = readInputOutput(args, "o .xlsm"));
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${QUITAR_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  try {
    const { plan, written, notes } = await removeFromXlsx(input, output);
    if (!written) {
      io.out(`${input} no tiene nada escrito por Semáforo; no se creó ${output}.`);
      return EXIT_OK;
    }
    const sheets = new Set(plan.cells.map((c) => c.sheet));
    io.out(`Se escribió ${output}:`);
    io.out(
      `  se ${plan.cells.length === 1 ? "quitó" : "quitaron"} ${plural(plan.cells.length, "celda", "celdas")} en ${plural(sheets.size, "hoja", "hojas")}, los formatos de semáforo${sheetsText(plan.sheets)}.`
    );
    for (const n of notes) io.out(`  Nota: ${n}`);
    return EXIT_OK;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`No se pudo quitar Semáforo de ${input}: ${message}`);
    return EXIT_USAGE;
  }
}

/** « y las hojas «A» y «B»» (or « y la hoja «A»»), or nothing when no sheet was removed. */
function sheetsText(sheets: readonly string[]): string {
  if (sheets.length === 0) return "";
  const names = sheets.map((s) => `«${s}»`).join(" y ");
  return sheets.length === 1 ? ` y la hoja ${names}` : ` y las hojas ${names}`;
}
