import { readFileSync } from "node:fs";
import { extname } from "node:path";
import {
  PERIOD_CHOICE,
  parseScaleChoice,
  parseScaleJson,
  type ScaleChoice,
} from "../core/scales/scaleChoice";
import { UsageError } from "./args";

/**
 * Reads --escala: a preset name, levels "Bajo:0,Medio:80,Alto:91", or a .json file with
 * {niveles: [{etiqueta, minimo}]}. Absent → CEPLAN's scale for each matrix's period.
 */
export function readScaleOption(value: string | true | undefined): ScaleChoice {
  if (typeof value !== "string") return PERIOD_CHOICE;
  if (extname(value).toLowerCase() === ".json") {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(value, "utf8"));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === "ENOENT"
          ? `--escala: el archivo ${value} no existe.`
          : `--escala: ${value} no es un JSON válido (${(error as Error).message.split("\n")[0]}).`
      );
    }
    const parsed = parseScaleJson(data);
    if (!parsed.ok) throw new UsageError(`--escala ${value}: ${parsed.message}`);
    return parsed.choice;
  }
  const parsed = parseScaleChoice(value);
  if (!parsed.ok) throw new UsageError(`--escala: ${parsed.message}`);
  return parsed.choice;
}
