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
    return withinLevels(parsed.choice, `--escala ${value}`);
  }
  const parsed = parseScaleChoice(value);
  if (!parsed.ok) throw new UsageError(`--escala: ${parsed.message}`);
  return withinLevels(parsed.choice, "--escala");
}

/** The task pane edits scales of 2 to 5 levels: the CLI takes no more, so both write the same. */
export const MAX_SCALE_LEVELS = 5;

function withinLevels(choice: ScaleChoice, where: string): ScaleChoice {
  if (choice.kind === "propia" && choice.spec.levels.length > MAX_SCALE_LEVELS) {
    throw new UsageError(
      `${where}: la escala propia tiene ${choice.spec.levels.length} niveles; se admiten de 2 a ${MAX_SCALE_LEVELS} (como en el panel).`
    );
  }
  return choice;
}
