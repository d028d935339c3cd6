import type { SavedMatrixMap } from "../core/columnMap/savedMap";
import { UsageError } from "./args";
import { readJsonOption } from "./jsonOption";

/** Reads --columnas: the column maps as `check --json` prints them (or a list of them). */
export async function readColumnMapOption(
  value: string | true | undefined
): Promise<SavedMatrixMap[] | undefined> {
  if (typeof value !== "string") return undefined;
  const data = readJsonOption("--columnas", value);
  // Loaded only for a maps file: its schema library is slow to load.
  const { parseSavedMaps } = await import("../core/columnMap/parseSavedMaps");
  const parsed = parseSavedMaps(data);
  if (!parsed.ok) throw new UsageError(`--columnas ${value}: ${parsed.message}`);
  return parsed.maps;
}
