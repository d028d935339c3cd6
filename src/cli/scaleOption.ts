import { extname } from "node:path";
import { PERIOD_CHOICE, parseScaleChoice, type ScaleChoice } from "../core/scales/scaleChoice";
import { UsageError } from "./args";
import { readJsonOption } from "./jsonOption";

/**
 * Reads --escala: a preset name, levels "Bajo:0,Medio:80,Alto:91", or a .json file with
 * {niveles: [{etiqueta, minimo}]}. Absent → CEPLAN's scale for each matrix's period.
 */
export async function readScaleOption(value: string | true | undefined): Promise<ScaleChoice> {
  if (typeof value !== "string") return PERIOD_CHOICE;
  if (extname(value).toLowerCase() === ".json") {
    const data = readJsonOption("--escala", value);
    // Loaded only for a scale file: its schema library is slow to load.
    const { parseScaleJson } = await import("../core/scales/scaleJson");
    const parsed = parseScaleJson(data);
    if (!parsed.ok) throw new UsageError(`--escala ${value}: ${parsed.message}`);
    return parsed.choice;
  }
  const parsed = parseScaleChoice(value);
  if (!parsed.ok) throw new UsageError(`--escala: ${parsed.message}`);
  return parsed.choice;
}
