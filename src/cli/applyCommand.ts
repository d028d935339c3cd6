import { extname } from "node:path";
import type { Period } from "../core/detect/matrix";
import { resolveScale } from "../core/check/checkSheets";
import type { FormulaMode, PlanOptions } from "../core/plan/writePlan";
import { applyToXlsx } from "../xlsx/applyXlsx";
import { checkScaleName, parseArgs, UsageError } from "./args";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

export const APPLY_USAGE = [
  "Uso: semaforo apply <entrada.xlsx> -o <salida.xlsx> [opciones]",
  "",
  "Escribe en una copia del libro las fórmulas de avance o de % de ejecución, los semáforos",
  "(formato condicional con la escala elegida) y, si se pide, una hoja «Resumen Semáforo».",
  "La entrada nunca se modifica. Las celdas con datos del planificador no se tocan: se informan.",
  "",
  "  -o, --salida ARCHIVO            Libro de salida (.xlsx), distinto de la entrada.",
  "  --formulas personalizadas|nativas  =PLAN.AVANCE_TIPO1(…) (requiere el complemento) o fórmulas",
  "                                  nativas de Excel que funcionan sin él (predeterminado: personalizadas).",
  "  --escala NOMBRE                 CEPLAN_SEMESTRAL, CEPLAN_ANUAL, INSTITUCIONAL_80_91, …",
  "  --periodo semestral|anual|trimestral  Periodo para elegir la escala CEPLAN si no se da --escala.",
  "  --sin-tope                      Muestra avances mayores que 100 (sobre-ejecución).",
  "  --resumen                       Crea la hoja «Resumen Semáforo».",
  "  --forzar                        Escribe también sobre celdas con datos (¡cuidado!).",
].join("\n");

export async function runApply(argv: readonly string[], io: CliIo): Promise<number> {
  let input: string;
  let output: string;
  let options: PlanOptions;
  try {
    const args = parseArgs(
      argv,
      ["-o", "--salida", "--formulas", "--escala", "--periodo"],
      ["--resumen", "--forzar", "--sin-tope", "--help", "-h"]
    );
    if (args.flags.has("--help") || args.flags.has("-h")) {
      io.out(APPLY_USAGE);
      return EXIT_OK;
    }
    const [first, ...extra] = args.positional;
    if (!first || extra.length > 0) throw new UsageError("Indique un solo libro de entrada.");
    const out = args.flags.get("-o") ?? args.flags.get("--salida");
    if (typeof out !== "string")
      throw new UsageError("Indique el libro de salida con -o salida.xlsx.");
    if (![".xlsx", ".xlsm"].includes(extname(out).toLowerCase()))
      throw new UsageError(
        "La salida debe ser un archivo .xlsx (o .xlsm si la entrada tiene macros)."
      );
    const mode = (args.flags.get("--formulas") ?? "personalizadas") as string;
    if (mode !== "personalizadas" && mode !== "nativas") {
      throw new UsageError(
        `--formulas debe ser «personalizadas» o «nativas» (se recibió «${mode}»).`
      );
    }
    const period = args.flags.get("--periodo");
    if (period !== undefined && !["semestral", "anual", "trimestral"].includes(period as string)) {
      throw new UsageError(
        `--periodo debe ser semestral, anual o trimestral (se recibió «${String(period)}»).`
      );
    }
    const scale = checkScaleName(args.flags.get("--escala"), (n) => resolveScale(n, "anual"));
    input = first;
    output = out;
    options = {
      mode: mode as FormulaMode,
      tope: !args.flags.has("--sin-tope"),
      scaleName: scale,
      period: (period as Period | undefined) ?? null,
      summary: args.flags.has("--resumen"),
      force: args.flags.has("--forzar"),
    };
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${APPLY_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (![".xlsx", ".xlsm"].includes(extname(input).toLowerCase())) {
    io.err(
      `${input}: apply trabaja sobre libros .xlsx. Abra el archivo en Excel y guárdelo como .xlsx.`
    );
    return EXIT_USAGE;
  }
  let plan;
  try {
    plan = await applyToXlsx(input, output, options);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`No se pudo aplicar a ${input}: ${message}`);
    return EXIT_USAGE;
  }
  const formulas = plan.cells.filter((c) => c.formula && c.sheet !== "Resumen Semáforo").length;
  const sheets = new Set(plan.cells.filter((c) => c.formula).map((c) => c.sheet));
  io.out(`Se escribió ${output}:`);
  io.out(
    `  ${formulas} fórmulas de avance (${options.mode}) y ${plan.formats.length} bloques de semáforo en ${sheets.size} hojas.`
  );
  if (options.summary)
    io.out(
      plan.cells.some((c) => c.sheet === "Resumen Semáforo" && c.formula)
        ? "  Hoja «Resumen Semáforo» creada."
        : "  No hubo resultados para resumir."
    );
  for (const n of plan.notes) io.out(`  Nota: ${n}`);
  if (plan.conflicts.length > 0) {
    io.out(
      `  ${plan.conflicts.length} celdas no se escribieron porque tienen datos (use --forzar para sobrescribirlas):`
    );
    for (const c of plan.conflicts.slice(0, 50))
      io.out(`    ${c.sheet}!${c.cell} («${c.existing}»): ${c.reason}`);
  }
  return EXIT_OK;
}
