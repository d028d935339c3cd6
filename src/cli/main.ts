import { endQuietlyOnClosedPipe, EXIT_OK, EXIT_USAGE, processIo, type CliIo } from "./io";
import { versionLine } from "./version";

export const USAGE = [
  "Semáforo POI/PEI — línea de órdenes",
  "",
  "Uso: semaforo <orden> [opciones]",
  "",
  "Órdenes:",
  "  check <archivos…>        Detecta y valida las matrices POI/PEI de libros .xlsx, .xls (HTML) o .csv.",
  "  apply <libro> -o <salida>  Escribe avances, semáforos y resumen en una copia del libro.",
  "  quitar <libro> -o <salida>  Quita lo que escribió Semáforo y devuelve el libro del planificador.",
  "  calc <FUNCION> <args…>   Evalúa una función PLAN (AVANCE_TIPO1, SEMAFORO, …) y muestra el resultado.",
  "  comparar <anterior> <actual>  Compara dos cortes: qué empeoró, mejoró, es nuevo, se retiró o reprogramó.",
  "  consolidar <carpeta> -o <salida>  Un libro con los conteos por nivel de cada matriz de muchos libros.",
  "  reglas                   Lista las reglas de validación con su gravedad y qué revisan.",
  "  help                     Muestra esta ayuda.",
  "",
  "Opciones generales:",
  "  -h, --help               Muestra esta ayuda.",
  "  -V, --version            Muestra la versión.",
  "",
  "Ejemplos:",
  "  semaforo check samples/ --escala CEPLAN_SEMESTRAL",
  "  semaforo check informe.xlsx --json",
  "  semaforo apply informe.xlsx -o informe-semaforo.xlsx --formulas nativas --resumen",
  "  semaforo calc AVANCE_TIPO1 42.72 46.36",
  "  semaforo calc SEMAFORO 48 CEPLAN_SEMESTRAL",
  "",
  "Códigos de salida: 0 correcto, 1 hallazgos o resultado con error, 2 uso incorrecto o archivo ilegible.",
].join("\n");

/** Runs the CLI with the given arguments (without "node" and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // Each command loads only its own modules: `check` never pays for the writer, nor `calc` for
  // the readers (start-up is a good part of checking one workbook).
  const [command, ...rest] = argv;
  if (io === processIo) for (const s of [process.stdout, process.stderr]) endQuietlyOnClosedPipe(s);
  switch (command) {
    case undefined:
    case "help":
    case "-h":
    case "--help":
      io.out(USAGE);
      return EXIT_OK;
    case "-V":
    case "--version":
    case "version":
      io.out(versionLine());
      return EXIT_OK;
    case "calc":
      return (await import("./calcCommand")).runCalc(rest, io);
    case "check":
      return (await import("./checkCommand")).runCheck(rest, io);
    case "apply":
      return (await import("./applyCommand")).runApply(rest, io);
    case "reglas":
      return (await import("./reglasCommand")).runReglas(rest, io);
    case "quitar":
      return (await import("./quitarCommand")).runQuitar(rest, io);
    case "comparar":
      return (await import("./compareCommand")).runCompare(rest, io);
    case "consolidar":
      return (await import("./consolidateCommand")).runConsolidate(rest, io);
    default:
      io.err(`Orden desconocida: «${command}». Escriba «semaforo --help» para ver las órdenes.`);
      return EXIT_USAGE;
  }
}
