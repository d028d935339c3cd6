import type { Period } from "../core/detect/matrix";
import { DEFAULT_MEASURING, type Measuring } from "../core/scales/measuring";
import { UsageError, type ParsedArgs } from "./args";
import { readScaleOption } from "./scaleOption";

/** Options taking a value that make up the measuring choice (shared by check and apply). */
export const MEASURING_VALUE_FLAGS = ["--escala", "--periodo"] as const;
/** Switches of the measuring choice. */
export const MEASURING_SWITCHES = ["--sin-tope", "--con-tope"] as const;

export const MEASURING_USAGE = [
  "  --escala ESCALA      CEPLAN_SEMESTRAL, CEPLAN_ANUAL, INSTITUCIONAL_80_91, INSTITUCIONAL_80_91_REDONDEO,",
  "                       niveles propios «Bajo:0,Medio:80,Alto:91» o un archivo escala.json.",
  "                       Por defecto, la escala CEPLAN del periodo de cada matriz.",
  "  --periodo semestral|anual|trimestral",
  "                       Periodo para elegir la escala CEPLAN (por defecto, el de cada matriz).",
  "  --sin-tope           Ningún avance se limita a 100 (muestra la sobre-ejecución).",
  "  --con-tope           Todos los avances se limitan a 100, también la ejecución POI.",
  "                       Por defecto: avances PEI con tope; ejecución física POI sin tope.",
];

/**
 * The measuring choice from the command line: the same options and the same defaults
 * (DEFAULT_MEASURING) for check and apply, so both give the same value for every result.
 */
export async function readMeasuringOptions(args: ParsedArgs): Promise<Measuring> {
  const period = args.flags.get("--periodo");
  if (period !== undefined && !["semestral", "anual", "trimestral"].includes(period as string)) {
    throw new UsageError(
      `--periodo debe ser semestral, anual o trimestral (se recibió «${String(period)}»).`
    );
  }
  const sinTope = args.flags.has("--sin-tope");
  const conTope = args.flags.has("--con-tope");
  if (sinTope && conTope) throw new UsageError("Use --sin-tope o --con-tope, no ambos.");
  return {
    scale: await readScaleOption(args.flags.get("--escala")),
    period: (period as Period | undefined) ?? DEFAULT_MEASURING.period,
    tope: sinTope ? false : conTope ? true : DEFAULT_MEASURING.tope,
  };
}
