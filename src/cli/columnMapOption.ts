import { parseSavedMaps, type SavedMatrixMap } from "../core/columnMap/savedMap";
import { UsageError } from "./args";
import { readJsonOption } from "./jsonOption";

/** Reads --columnas: the column maps as `check --json` prints them (or a list of them). */
export function readColumnMapOption(
  value: string | true | undefined
): SavedMatrixMap[] | undefined {
  if (typeof value !== "string") return undefined;
  const data = readJsonOption("--columnas", value);
  const parsed = parseSavedMaps(data);
  if (!parsed.ok) throw new UsageError(`--columnas ${value}: ${parsed.message}`);
  return parsed.maps;
}
